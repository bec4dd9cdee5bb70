using Qari.Model.Orders;
using Qari.Simulator.Engine;
using static Qari.Simulator.Dialects.Kucoin.KucoinWire;

namespace Qari.Simulator.Dialects.Kucoin;

/// <summary>KuCoin's order shapes: HF orders (state as active/cancelExist booleans), stop orders (NEW/TRIGGERED), HF fills.</summary>
internal static class KucoinOrderJson
{
    public static object Hf(SimOrder o)
    {
        var cancelled = o.Status is OrderStatus.Canceled or OrderStatus.Expired or OrderStatus.Rejected;
        var remaining = o.IsOpen ? o.Remaining : 0m;
        return new
        {
            id = Id(o.Id), clientOid = o.ClientOrderId, symbol = Symbol(o.Symbol), opType = "DEAL", type = WireType(o), side = Side(o.Side),
            price = D(o.Price ?? 0m), size = D(o.Quantity ?? 0m), funds = D(o.QuoteAmount ?? 0m), dealSize = D(o.Executed), dealFunds = D(o.CumulativeQuote),
            remainSize = D(remaining), remainFunds = D(o.IsOpen ? o.RemainingQuote : 0m),
            cancelledSize = D(cancelled ? o.Remaining : 0m), cancelledFunds = D(cancelled ? o.RemainingQuote : 0m),
            fee = D(o.Fills.Sum(f => f.Fee)), feeCurrency = o.Fills.Count > 0 ? o.Fills[0].FeeAsset : o.Symbol.Quote, stp = (string?)null,
            stop = IsStop(o) ? StopKind(o) : null, stopTriggered = IsStop(o) && o.WorkingMs is not null, stopPrice = D(o.StopPrice ?? 0m),
            timeInForce = Tif(o.TimeInForce), postOnly = o.TimeInForce == TimeInForce.PostOnly, hidden = false, iceberg = false, visibleSize = "0",
            cancelAfter = 0, channel = "API", remark = (string?)null, tags = (string?)null, cancelExist = cancelled, tradeType = "TRADE",
            inOrderBook = o.IsOpen && o.IsWorking && o.Price is not null, active = o.IsOpen, tax = "0", createdAt = o.CreatedMs, lastUpdatedAt = o.UpdatedMs,
        };
    }

    public static object Stop(SimOrder o) => new
    {
        id = Id(o.Id), symbol = Symbol(o.Symbol), userId = o.AccountId, status = o.IsWorking ? "TRIGGERED" : "NEW", type = WireType(o), side = Side(o.Side),
        price = D(o.Price ?? 0m), size = o.Quantity is { } q ? D(q) : null, funds = o.QuoteAmount is { } f ? D(f) : null, stp = (string?)null,
        timeInForce = Tif(o.TimeInForce), cancelAfter = -1, postOnly = false, hidden = false, iceberg = false, visibleSize = (string?)null, channel = "API",
        clientOid = o.ClientOrderId, remark = (string?)null, tags = (string?)null, orderTime = o.CreatedMs * 1_000_000L, domainId = "kucoin", tradeSource = "USER",
        tradeType = "TRADE", feeCurrency = o.Symbol.Quote, takerFeeRate = "0.001", makerFeeRate = "0.001", createdAt = o.CreatedMs, stop = StopKind(o),
        stopTriggerTime = o.WorkingMs, stopPrice = D(o.StopPrice ?? 0m),
    };

    public static object Fill(SimFill f, SimOrder o) => new
    {
        id = f.TradeId, orderId = Id(f.OrderId), counterOrderId = Id(f.TradeId), tradeId = f.TradeId, symbol = Symbol(f.Symbol), side = Side(f.Side),
        liquidity = f.IsMaker ? "maker" : "taker", type = WireType(o), forceTaker = false, price = D(f.Price), size = D(f.Quantity), funds = D(f.Quote),
        fee = D(f.Fee), feeRate = D(f.Quantity * f.Price == 0 ? 0m : Math.Round(f.Fee / (f.FeeAsset == f.Symbol.Quote ? f.Quote : f.Quantity), 6)),
        feeCurrency = f.FeeAsset, stop = IsStop(o) ? StopKind(o) : "", tradeType = "TRADE", taxRate = "0", tax = "0", createdAt = f.TimeMs,
    };

    public static string WireType(SimOrder o) => o.Type is OrderType.Market or OrderType.StopMarket ? "market" : "limit";

    private static string StopKind(SimOrder o) => o.Side == OrderSide.Sell ? "loss" : "entry";

    private static string Tif(TimeInForce tif) => tif switch
    {
        TimeInForce.ImmediateOrCancel => "IOC",
        TimeInForce.FillOrKill => "FOK",
        _ => "GTC",
    };
}
