using Qari.Exchanges.Abstractions;
using Qari.Model.Ids;
using Qari.Model.Results;

namespace Qari.Exchanges.Http;

/// <summary>
/// Resolves an order whose answer was lost: asks the exchange for the client order id (never resends), a few
/// times with a pause because an order may take a moment to become visible. Found → the snapshot. Consistently
/// unknown to the exchange → <see cref="ErrorKind.UnknownOrder"/> with code <c>order.not-placed</c>. Still no
/// answer → <see cref="ErrorKind.UnknownOutcome"/> again, for the caller to try later.
/// </summary>
public static class UnknownOutcomeResolver
{
    /// <summary>The code of the error saying the order was never placed.</summary>
    public const string NotPlacedCode = "order.not-placed";

    /// <summary>Places <paramref name="request"/>; if the outcome is unknown, resolves it by client order id.</summary>
    public static async Task<Result<OrderSnapshot>> PlaceAndResolveAsync(ISpotExchange exchange, OrderRequest request, TimeProvider time, CancellationToken cancellationToken, int attempts = 3, TimeSpan? pause = null)
    {
        var placed = await exchange.PlaceOrderAsync(request, cancellationToken).ConfigureAwait(false);
        if (placed.IsSuccess || placed.Error.Kind != ErrorKind.UnknownOutcome) return placed;
        return await ResolveAsync(exchange, request, time, cancellationToken, attempts, pause).ConfigureAwait(false);
    }

    /// <summary>Looks the order up by its client order id until found, proven absent, or out of attempts.</summary>
    public static async Task<Result<OrderSnapshot>> ResolveAsync(ISpotExchange exchange, OrderRequest request, TimeProvider time, CancellationToken cancellationToken, int attempts = 3, TimeSpan? pause = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(attempts);
        var wait = pause ?? TimeSpan.FromMilliseconds(500);
        var order = OrderRef.ByClientId(request.ClientOrderId);
        Error? last = null;
        var absent = 0;
        for (var attempt = 1; attempt <= attempts; attempt++)
        {
            var found = await exchange.GetOrderAsync(request.Symbol, order, cancellationToken).ConfigureAwait(false);
            if (found.IsSuccess) return found;
            last = found.Error;
            if (found.Error.Kind == ErrorKind.UnknownOrder) absent++;
            else if (!found.Error.Transient && found.Error.Kind is not (ErrorKind.Network or ErrorKind.ExchangeUnavailable or ErrorKind.RateLimited))
                return found.Error;
            if (attempt < attempts) await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
        if (absent == attempts)
            return new Error(ErrorKind.UnknownOrder, NotPlacedCode, $"{exchange.Exchange.Name()}: no order with client id {request.ClientOrderId} after {attempts} look-ups; it was not placed.");
        return new Error(ErrorKind.UnknownOutcome, "order.unresolved", $"{exchange.Exchange.Name()}: could not resolve client order {request.ClientOrderId} yet ({last}).", Transient: true);
    }
}
