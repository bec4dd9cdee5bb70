using System.Globalization;
using Qari.Model.Orders;
using Qari.Simulator.Engine;
using static Qari.Simulator.Dialects.Bybit.BybitWire;

namespace Qari.Simulator.Dialects.Bybit;

/// <summary>Bybit's order and execution row shapes (as in <c>/v5/order/realtime</c> and <c>/v5/execution/list</c>).</summary>
internal static class BybitOrderJson
{
    /// <summary>Client ids the simulator generated for orders sent without one; Bybit shows those as "".</summary>
    public const string GeneratedPrefix = "bybit-sim-";

    public static string LinkId(SimOrder o) => o.ClientOrderId.StartsWith(GeneratedPrefix, StringComparison.Ordinal) ? "" : o.ClientOrderId;

    public static Dictionary<string, object?> Order(SimOrder o)
    {
        var fee = o.Fills.Sum(f => f.Fee);
        var byQuote = o.Quantity is null && o.QuoteAmount is not null;
        var isMarket = o.Type is Model.Orders.OrderType.Market or Model.Orders.OrderType.StopMarket;
        var cancelled = o.Status is Model.Orders.OrderStatus.Canceled or Model.Orders.OrderStatus.Expired;
        return new Dictionary<string, object?>
        {
            ["orderId"] = o.Id.ToString(CultureInfo.InvariantCulture),
            ["orderLinkId"] = LinkId(o),
            ["blockTradeId"] = "",
            ["symbol"] = Symbol(o.Symbol),
            ["price"] = isMarket ? "0" : D(o.Price),
            ["qty"] = D(byQuote ? o.QuoteAmount : o.Quantity),
            ["side"] = Side(o.Side),
            ["isLeverage"] = "0",
            ["positionIdx"] = 0,
            ["orderStatus"] = Status(o),
            ["createType"] = "CreateByUser",
            ["cancelType"] = cancelled ? (o.Status == OrderStatus.Expired ? "CancelByMatching" : "CancelByUser") : "UNKNOWN",
            ["rejectReason"] = "EC_NoError",
            ["avgPrice"] = o.Executed > 0 ? D(Math.Round(o.CumulativeQuote / o.Executed, 8)) : "",
            ["leavesQty"] = D(o.IsOpen ? o.Remaining : 0m),
            ["leavesValue"] = D(o.IsOpen && o.Price is { } p ? o.Remaining * p : 0m),
            ["cumExecQty"] = D(o.Executed),
            ["cumExecValue"] = D(o.CumulativeQuote),
            ["cumExecFee"] = D(fee),
            ["timeInForce"] = Tif(o),
            ["orderType"] = OrderTypeText(o),
            ["stopOrderType"] = IsStop(o) ? "tpslOrder" : "",
            ["orderIv"] = "",
            ["marketUnit"] = isMarket ? (byQuote ? "quoteCoin" : "baseCoin") : "",
            ["triggerPrice"] = IsStop(o) ? D(o.StopPrice) : "0",
            ["takeProfit"] = "", ["stopLoss"] = "", ["tpTriggerBy"] = "", ["slTriggerBy"] = "",
            ["triggerDirection"] = 0, ["triggerBy"] = "", ["lastPriceOnCreated"] = "",
            ["reduceOnly"] = false, ["closeOnTrigger"] = false, ["smpType"] = "None", ["smpGroup"] = 0, ["smpOrderId"] = "",
            ["tpslMode"] = "", ["tpLimitPrice"] = "", ["slLimitPrice"] = "", ["placeType"] = "",
            ["createdTime"] = o.CreatedMs.ToString(CultureInfo.InvariantCulture),
            ["updatedTime"] = o.UpdatedMs.ToString(CultureInfo.InvariantCulture),
        };
    }

    public static object Execution(SimFill f, SimOrder o) => new
    {
        symbol = Symbol(f.Symbol), orderType = OrderTypeText(o), underlyingPrice = "", orderLinkId = LinkId(o), side = Side(f.Side), indexPrice = "",
        orderId = f.OrderId.ToString(CultureInfo.InvariantCulture), stopOrderType = IsStop(o) ? "tpslOrder" : "UNKNOWN", leavesQty = D(o.IsOpen ? o.Remaining : 0m),
        execTime = f.TimeMs.ToString(CultureInfo.InvariantCulture), feeCurrency = f.FeeAsset, isMaker = f.IsMaker, execFee = D(f.Fee),
        feeRate = D(f.Quote == 0 ? 0 : Math.Round(f.Fee / (f.FeeAsset == f.Symbol.Base ? f.Quantity : f.Quote), 6)),
        execId = f.TradeId.ToString(CultureInfo.InvariantCulture), tradeIv = "", blockTradeId = "", markPrice = D(f.Price),
        execPrice = D(f.Price), markIv = "", orderQty = D(o.Quantity ?? o.Executed), orderPrice = D(o.Price), execValue = D(f.Quote),
        execType = "Trade", execQty = D(f.Quantity), closedSize = "", seq = f.TradeId,
    };
}
