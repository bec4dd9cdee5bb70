using Qari.Exchanges.Abstractions;
using Qari.Model.Orders;
using Qari.Model.Results;

namespace Qari.Runtime.Tests.Trading;

/// <summary>
/// Steps our clock back by <paramref name="step"/> just before the first stop order is sent (nothing else changes: the
/// request goes to the simulator, which checks its timestamp against its own clock), and records every stop request
/// with the venue's answer, in order.
/// </summary>
internal sealed class ClockSteppingExchange(ISpotExchange inner, SteppingClock clock, TimeSpan step) : ForwardingExchange(inner)
{
    private readonly List<string> _calls = [];
    private int _stepped;

    /// <summary>"stop &lt;client id&gt; accepted" or "stop &lt;client id&gt; refused &lt;kind&gt;", in the order they happened.</summary>
    public IReadOnlyList<string> Calls
    {
        get
        {
            lock (_calls) return [.. _calls];
        }
    }

    public override async Task<Result<OrderSnapshot>> PlaceOrderAsync(OrderRequest request, CancellationToken cancellationToken)
    {
        if (request.Type != OrderType.StopMarket) return await Inner.PlaceOrderAsync(request, cancellationToken).ConfigureAwait(false);
        if (Interlocked.Exchange(ref _stepped, 1) == 0) clock.Offset -= step;
        var answer = await Inner.PlaceOrderAsync(request, cancellationToken).ConfigureAwait(false);
        lock (_calls) _calls.Add($"stop {request.ClientOrderId.Value} {(answer.IsSuccess ? "accepted" : "refused " + answer.Error!.Kind)}");
        return answer;
    }
}
