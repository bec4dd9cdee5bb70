using Qari.Exchanges.Abstractions;
using Qari.Model.Ids;
using Qari.Model.Orders;
using Qari.Model.Results;

namespace Qari.Runtime.Tests.Trading;

/// <summary>
/// An adapter that refuses the first stop order with insufficient balance (as a venue does when the stop asks for more
/// coins than are held) and records, in order, the stop requests and the open-order reads a reconciliation starts with.
/// </summary>
internal sealed class RefusingStopExchange(ISpotExchange inner) : RecordingExchange(inner)
{
    private int _refused;

    // Calls: "stop <client id> refused|sent" and "open orders", in the order they happened.

    public override Task<Result<OrderSnapshot>> PlaceOrderAsync(OrderRequest request, CancellationToken cancellationToken)
    {
        if (request.Type != OrderType.StopMarket) return Inner.PlaceOrderAsync(request, cancellationToken);
        var refuse = Interlocked.Exchange(ref _refused, 1) == 0;
        Record($"stop {request.ClientOrderId.Value} {(refuse ? "refused" : "sent")}");
        return refuse
            ? Task.FromResult<Result<OrderSnapshot>>(new Error(ErrorKind.InsufficientBalance, "-2010", "Account has insufficient balance for requested action."))
            : Inner.PlaceOrderAsync(request, cancellationToken);
    }

    public override Task<Result<IReadOnlyList<OrderSnapshot>>> GetOpenOrdersAsync(Symbol? symbol, CancellationToken cancellationToken)
    {
        Record("open orders");
        return Inner.GetOpenOrdersAsync(symbol, cancellationToken);
    }
}
