using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Http;
using Qari.Model.Orders;

namespace Qari.Exchanges.Bybit;

/// <summary>Builds the <c>/v5/order/create</c> JSON for each order type (prices and sizes as strings, as Bybit wants).</summary>
internal static class BybitOrderBodies
{
    /// <summary>The body for <paramref name="request"/>.</summary>
    public static string Create(OrderRequest request, string exchangeSymbol)
    {
        var side = BybitStatuses.ToWire(request.Side);
        string? Num(decimal? d) => d is { } v ? QueryBuilder.Format(v) : null;
        return request.Type switch
        {
            OrderType.Limit => BybitJsonBody.Of(("category", "spot"), ("symbol", exchangeSymbol), ("side", side), ("orderType", "Limit"),
                ("qty", Num(request.Quantity)), ("price", Num(request.Price)), ("timeInForce", BybitStatuses.ToWire(request.TimeInForce)),
                ("orderLinkId", request.ClientOrderId.Value)),
            // Spot market buys are sized in quote by default; say which unit explicitly either way.
            OrderType.Market => BybitJsonBody.Of(("category", "spot"), ("symbol", exchangeSymbol), ("side", side), ("orderType", "Market"),
                ("qty", Num(request.Quantity ?? request.QuoteAmount)), ("marketUnit", request.Quantity is null ? "quoteCoin" : "baseCoin"),
                ("orderLinkId", request.ClientOrderId.Value)),
            OrderType.StopMarket => BybitJsonBody.Of(("category", "spot"), ("symbol", exchangeSymbol), ("side", side), ("orderType", "Market"),
                ("qty", Num(request.Quantity)), ("triggerPrice", Num(request.StopPrice)), ("orderFilter", "tpslOrder"),
                ("orderLinkId", request.ClientOrderId.Value)),
            OrderType.StopLimit => BybitJsonBody.Of(("category", "spot"), ("symbol", exchangeSymbol), ("side", side), ("orderType", "Limit"),
                ("qty", Num(request.Quantity)), ("price", Num(request.Price)), ("triggerPrice", Num(request.StopPrice)),
                ("timeInForce", "GTC"), ("orderFilter", "tpslOrder"), ("orderLinkId", request.ClientOrderId.Value)),
            _ => throw new ArgumentOutOfRangeException(nameof(request), request.Type, "Unknown order type."),
        };
    }
}
