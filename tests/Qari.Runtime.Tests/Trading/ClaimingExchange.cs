using Qari.Exchanges.Abstractions;
using Qari.Model.Orders;
using Qari.Model.Results;

namespace Qari.Runtime.Tests.Trading;

/// <summary>
/// An adapter that, as the first order request leaves, runs <paramref name="takeOver"/> (another process claiming the
/// account) and then passes the request on; it records every order that reached it.
/// </summary>
internal sealed class ClaimingExchange(ISpotExchange inner, Action takeOver) : ForwardingExchange(inner)
{
    private readonly List<string> _placed = [];

    /// <summary>The client ids of the orders that reached the venue.</summary>
    public IReadOnlyList<string> Placed
    {
        get
        {
            lock (_placed) return [.. _placed];
        }
    }

    public override Task<Result<OrderSnapshot>> PlaceOrderAsync(OrderRequest request, CancellationToken cancellationToken)
    {
        bool first;
        lock (_placed)
        {
            first = _placed.Count == 0;
            _placed.Add(request.ClientOrderId.Value);
        }
        if (first) takeOver();
        return Inner.PlaceOrderAsync(request, cancellationToken);
    }
}
