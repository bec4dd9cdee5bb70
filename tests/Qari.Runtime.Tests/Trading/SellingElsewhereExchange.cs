using Qari.Exchanges.Abstractions;
using Qari.Model.Ids;
using Qari.Model.Orders;
using Qari.Model.Results;
using Qari.Simulator.Accounts;
using Qari.Simulator.Engine;

namespace Qari.Runtime.Tests.Trading;

/// <summary>
/// Just before Qari's first market sell, the account's owner sells <paramref name="fraction"/> of the coins left free on
/// the exchange's website (an order placed in the simulator's engine directly, not through the API), so the simulator
/// refuses Qari's sell for insufficient balance as the exchange would. Records Qari's market sells and the open-order
/// reads a reconciliation starts with, in order.
/// </summary>
internal sealed class SellingElsewhereExchange(ISpotExchange inner, MatchingEngine venue, decimal fraction) : RecordingExchange(inner)
{
    private int _sold;

    // Calls: "sell <client id> <quantity> filled|refused <kind>" and "open orders", in the order they happened.

    /// <summary>What the owner sold outside Qari.</summary>
    public decimal SoldElsewhere { get; private set; }

    public override async Task<Result<OrderSnapshot>> PlaceOrderAsync(OrderRequest request, CancellationToken cancellationToken)
    {
        if (request.Type != OrderType.Market || request.Side != OrderSide.Sell) return await Inner.PlaceOrderAsync(request, cancellationToken).ConfigureAwait(false);
        if (Interlocked.Exchange(ref _sold, 1) == 0) SellElsewhere(request.Symbol);
        var answer = await Inner.PlaceOrderAsync(request, cancellationToken).ConfigureAwait(false);
        var outcome = answer.IsSuccess ? $"filled {answer.Value.FilledQuantity.ToString(System.Globalization.CultureInfo.InvariantCulture)}" : "refused " + answer.Error!.Kind;
        Record($"sell {request.ClientOrderId.Value} {request.Quantity?.ToString(System.Globalization.CultureInfo.InvariantCulture)} {outcome}");
        return answer;
    }

    public override Task<Result<IReadOnlyList<OrderSnapshot>>> GetOpenOrdersAsync(Symbol? symbol, CancellationToken cancellationToken)
    {
        Record("open orders");
        return Inner.GetOpenOrdersAsync(symbol, cancellationToken);
    }

    private void SellElsewhere(Symbol symbol)
    {
        var market = venue.Market(symbol) ?? throw new InvalidOperationException($"{symbol} is not listed on the simulator");
        var free = venue.Balances(DemoSeed.AccountId).Single(b => b.Asset == symbol.Base).Free;
        var quantity = market.Rules.FloorQuantity(free * fraction);
        var sold = venue.Place(new SimOrderRequest(DemoSeed.AccountId, symbol, OrderSide.Sell, OrderType.Market, "web-manual-sale", Quantity: quantity));
        if (sold.Order is null) throw new InvalidOperationException($"the owner's sale of {quantity} {symbol.Base} was refused: {sold.Reject}");
        SoldElsewhere = quantity;
    }
}
