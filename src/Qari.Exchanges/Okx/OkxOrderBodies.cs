using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Http;
using Qari.Model.Orders;

namespace Qari.Exchanges.Okx;

/// <summary>Builds the OKX order JSON: <c>/trade/order</c> for limit and market, <c>/trade/order-algo</c> (conditional stop-loss) for stops.</summary>
internal static class OkxOrderBodies
{
    /// <summary>True when the request goes to the algo endpoint.</summary>
    public static bool IsAlgo(OrderRequest request) => request.Type is OrderType.StopMarket or OrderType.StopLimit;

    /// <summary>The body for <paramref name="request"/> in cash (spot, no margin) mode.</summary>
    public static string Create(OrderRequest request, string instId)
    {
        var side = OkxStatuses.ToWire(request.Side);
        string? Num(decimal? d) => d is { } v ? QueryBuilder.Format(v) : null;
        return request.Type switch
        {
            OrderType.Limit => OkxJsonBody.Of(("instId", instId), ("tdMode", "cash"), ("clOrdId", request.ClientOrderId.Value), ("side", side),
                ("ordType", OkxStatuses.LimitOrdType(request.TimeInForce)), ("px", Num(request.Price)), ("sz", Num(request.Quantity))),
            // SPOT market orders: tgtCcy says whether sz is quote (market buy by amount) or base.
            OrderType.Market => OkxJsonBody.Of(("instId", instId), ("tdMode", "cash"), ("clOrdId", request.ClientOrderId.Value), ("side", side),
                ("ordType", "market"), ("sz", Num(request.Quantity ?? request.QuoteAmount)), ("tgtCcy", request.Quantity is null ? "quote_ccy" : "base_ccy")),
            // A one-way stop-loss: at the last price reaching slTriggerPx, a market (-1) or limit order at slOrdPx is placed.
            OrderType.StopMarket or OrderType.StopLimit => OkxJsonBody.Of(("instId", instId), ("tdMode", "cash"), ("side", side),
                ("ordType", "conditional"), ("sz", Num(request.Quantity)), ("algoClOrdId", request.ClientOrderId.Value),
                ("slTriggerPx", Num(request.StopPrice)), ("slOrdPx", request.Type == OrderType.StopMarket ? "-1" : Num(request.Price)),
                ("slTriggerPxType", "last")),
            _ => throw new ArgumentOutOfRangeException(nameof(request), request.Type, "Unknown order type."),
        };
    }
}
