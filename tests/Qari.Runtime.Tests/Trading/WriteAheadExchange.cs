using Qari.Exchanges.Abstractions;
using Qari.Model.Orders;
using Qari.Model.Results;

namespace Qari.Runtime.Tests.Trading;

/// <summary>
/// An adapter that, as each order request is about to leave, asks <paramref name="committedSending"/> (a separate
/// database connection, which sees committed rows only) whether the order's sending row is already committed;
/// <paramref name="placed"/>, when given, runs once the venue answered the request (a test may break the journal there).
/// </summary>
internal sealed class WriteAheadExchange(ISpotExchange inner, Func<string, bool> committedSending, Action<OrderRequest>? placed = null) : ForwardingExchange(inner)
{
    private readonly List<(string ClientId, bool Committed)> _placed = [];

    /// <summary>Each order sent, with whether its sending row was committed when the request left.</summary>
    public IReadOnlyList<(string ClientId, bool Committed)> Placed
    {
        get
        {
            lock (_placed) return [.. _placed];
        }
    }

    public override async Task<Result<OrderSnapshot>> PlaceOrderAsync(OrderRequest request, CancellationToken cancellationToken)
    {
        var id = request.ClientOrderId.Value;
        var committed = committedSending(id);
        lock (_placed) _placed.Add((id, committed));
        var answer = await Inner.PlaceOrderAsync(request, cancellationToken);
        placed?.Invoke(request);
        return answer;
    }
}
