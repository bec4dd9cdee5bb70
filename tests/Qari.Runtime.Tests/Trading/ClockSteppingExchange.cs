using Qari.Exchanges.Abstractions;
using Qari.Model.Orders;
using Qari.Model.Results;

namespace Qari.Runtime.Tests.Trading;

/// <summary>
/// Steps our clock back by <paramref name="step"/> just before the first stop order is sent (nothing else changes: the
/// request goes to the simulator, which checks its timestamp against its own clock), and records every stop request
/// with the venue's answer, in order.
/// </summary>
internal sealed class ClockSteppingExchange(ISpotExchange inner, SteppingClock clock, TimeSpan step) : RecordingExchange(inner)
{
    private int _stepped;

    // Calls: "stop <client id> accepted" or "stop <client id> refused <kind>", in the order they happened.

    public override async Task<Result<OrderSnapshot>> PlaceOrderAsync(OrderRequest request, CancellationToken cancellationToken)
    {
        if (request.Type != OrderType.StopMarket) return await Inner.PlaceOrderAsync(request, cancellationToken).ConfigureAwait(false);
        if (Interlocked.Exchange(ref _stepped, 1) == 0) clock.Offset -= step;
        var answer = await Inner.PlaceOrderAsync(request, cancellationToken).ConfigureAwait(false);
        Record($"stop {request.ClientOrderId.Value} {(answer.IsSuccess ? "accepted" : "refused " + answer.Error!.Kind)}");
        return answer;
    }
}
