using Qari.Model.Orders;
using Qari.Simulator.Engine;
using static Qari.Simulator.Dialects.Binance.BinanceWire;

namespace Qari.Simulator.Dialects.Binance;

/// <summary>Binance's order and trade JSON shapes (ACK/RESULT/FULL answers, query answers, cancel answers, myTrades rows).</summary>
internal static class BinanceOrderJson
{
    public static Dictionary<string, object?> Placed(SimOrder o, string respType)
    {
        var json = new Dictionary<string, object?>
        {
            ["symbol"] = Symbol(o.Symbol), ["orderId"] = o.Id, ["orderListId"] = -1, ["clientOrderId"] = o.ClientOrderId, ["transactTime"] = o.CreatedMs,
        };
        if (respType == "ACK") return json;
        AddState(json, o);
        json["workingTime"] = o.WorkingMs ?? -1;
        json["selfTradePreventionMode"] = "EXPIRE_MAKER";
        if (respType == "FULL")
        {
            json["fills"] = o.Fills.Select(f => new { price = D(f.Price), qty = D(f.Quantity), commission = D(f.Fee), commissionAsset = f.FeeAsset, tradeId = f.TradeId }).ToList();
        }
        return json;
    }

    public static Dictionary<string, object?> Queried(SimOrder o)
    {
        var json = new Dictionary<string, object?> { ["symbol"] = Symbol(o.Symbol), ["orderId"] = o.Id, ["orderListId"] = -1, ["clientOrderId"] = o.ClientOrderId };
        AddState(json, o);
        json["stopPrice"] = D(o.StopPrice);
        json["icebergQty"] = D(0m);
        json["time"] = o.CreatedMs;
        json["updateTime"] = o.UpdatedMs;
        json["isWorking"] = o.IsWorking;
        json["workingTime"] = o.WorkingMs ?? -1;
        json["origQuoteOrderQty"] = D(o.QuoteAmount);
        json["selfTradePreventionMode"] = "EXPIRE_MAKER";
        return json;
    }

    public static Dictionary<string, object?> Cancelled(SimOrder o, string cancelClientId)
    {
        var json = new Dictionary<string, object?>
        {
            ["symbol"] = Symbol(o.Symbol), ["origClientOrderId"] = o.ClientOrderId, ["orderId"] = o.Id, ["orderListId"] = -1,
            ["clientOrderId"] = cancelClientId, ["transactTime"] = o.UpdatedMs,
        };
        AddState(json, o);
        json["selfTradePreventionMode"] = "EXPIRE_MAKER";
        return json;
    }

    public static object Trade(SimFill f, string symbol) => new
    {
        symbol, id = f.TradeId, orderId = f.OrderId, orderListId = -1, price = D(f.Price), qty = D(f.Quantity), quoteQty = D(f.Quote),
        commission = D(f.Fee), commissionAsset = f.FeeAsset, time = f.TimeMs, isBuyer = f.Side == OrderSide.Buy, isMaker = f.IsMaker, isBestMatch = true,
    };

    private static void AddState(Dictionary<string, object?> json, SimOrder o)
    {
        json["price"] = D(o.Price);
        json["origQty"] = D(o.Quantity ?? o.Executed);
        json["executedQty"] = D(o.Executed);
        json["origQuoteOrderQty"] = D(o.QuoteAmount);
        json["cummulativeQuoteQty"] = D(o.CumulativeQuote);
        json["status"] = Status(o.Status);
        json["timeInForce"] = Tif(o);
        json["type"] = Type(o);
        json["side"] = Side(o.Side);
        if (o.StopPrice is { } stop) json["stopPrice"] = D(stop);
    }
}
