using Qari.Model.Orders;
using Qari.Simulator.Engine;
using static Qari.Simulator.Dialects.Okx.OkxWire;

namespace Qari.Simulator.Dialects.Okx;

/// <summary>OKX's order, algo-order and fill row shapes. A triggered stop shows as its algo order plus the child order it placed.</summary>
internal static class OkxOrderJson
{
    /// <summary>A regular order row; for a triggered stop, the child order it placed.</summary>
    public static Dictionary<string, object?> Order(SimOrder o)
    {
        var child = IsStop(o);
        var market = o.Type is OrderType.Market or OrderType.StopMarket;
        var byQuote = o.Quantity is null && o.QuoteAmount is not null;
        var last = o.Fills.Count > 0 ? o.Fills[^1] : null;
        return new Dictionary<string, object?>
        {
            ["accFillSz"] = D(o.Executed), ["algoClOrdId"] = child ? ClientId(o) : "", ["algoId"] = child ? Ms(o.Id) : "",
            ["attachAlgoClOrdId"] = "", ["attachAlgoOrds"] = Array.Empty<object>(),
            ["avgPx"] = o.Executed > 0 ? D(Math.Round(o.CumulativeQuote / o.Executed, 8)) : "",
            ["cTime"] = Ms(child ? o.WorkingMs ?? o.CreatedMs : o.CreatedMs), ["cancelSource"] = "", ["cancelSourceReason"] = "", ["category"] = "normal", ["ccy"] = "",
            ["clOrdId"] = child ? "" : ClientId(o), ["fee"] = D(-o.Fills.Sum(f => f.Fee)), ["feeCcy"] = o.Side == OrderSide.Buy ? o.Symbol.Base : o.Symbol.Quote,
            ["fillPx"] = last is null ? "" : D(last.Price), ["fillSz"] = last is null ? "0" : D(last.Quantity), ["fillTime"] = last is null ? "" : Ms(last.TimeMs),
            ["instId"] = InstId(o.Symbol), ["instType"] = "SPOT", ["isTpLimit"] = "false", ["lever"] = "", ["linkedAlgoOrd"] = new { algoId = "" },
            ["ordId"] = Ms(child ? o.Id + ChildBase : o.Id),
            ["ordType"] = market ? "market" : o.TimeInForce switch
            {
                TimeInForce.ImmediateOrCancel => "ioc",
                TimeInForce.FillOrKill => "fok",
                TimeInForce.PostOnly => "post_only",
                _ => "limit",
            },
            ["pnl"] = "0", ["posSide"] = "net", ["px"] = market ? "" : D(o.Price), ["pxType"] = "", ["pxUsd"] = "", ["pxVol"] = "", ["quickMgnType"] = "",
            ["rebate"] = "0", ["rebateCcy"] = o.Side == OrderSide.Buy ? o.Symbol.Quote : o.Symbol.Base, ["reduceOnly"] = "false", ["side"] = Side(o.Side),
            ["slOrdPx"] = "", ["slTriggerPx"] = "", ["slTriggerPxType"] = "", ["source"] = child ? "7" : "", ["state"] = State(o), ["stpId"] = "", ["stpMode"] = "cancel_maker",
            ["sz"] = D(byQuote ? o.QuoteAmount : o.Quantity), ["tag"] = "", ["tdMode"] = "cash",
            ["tgtCcy"] = market ? (byQuote ? "quote_ccy" : "base_ccy") : "", ["tpOrdPx"] = "", ["tpTriggerPx"] = "", ["tpTriggerPxType"] = "",
            ["tradeId"] = last is null ? "" : Ms(last.TradeId), ["tradeQuoteCcy"] = o.Symbol.Quote, ["uTime"] = Ms(o.UpdatedMs),
        };
    }

    /// <summary>An algo order row; <paramref name="ordType"/> is how it was placed (conditional or trigger).</summary>
    public static Dictionary<string, object?> Algo(SimOrder o, string ordType)
    {
        var fired = o.IsWorking;
        var orderPx = o.Type == OrderType.StopMarket ? "-1" : D(o.Price);
        var conditional = ordType == "conditional";
        var state = fired ? "effective" : o.Status == OrderStatus.New ? "live" : "canceled";
        return new Dictionary<string, object?>
        {
            ["activePx"] = "", ["actualPx"] = fired && o.Type == OrderType.StopLimit ? D(o.Price) : "", ["actualSide"] = fired && conditional ? "sl" : "",
            ["actualSz"] = fired ? D(o.Quantity) : "0", ["algoClOrdId"] = ClientId(o), ["algoId"] = Ms(o.Id), ["amendPxOnTriggerType"] = "0",
            ["attachAlgoOrds"] = Array.Empty<object>(), ["cTime"] = Ms(o.CreatedMs), ["callbackRatio"] = "", ["callbackSpread"] = "", ["ccy"] = "",
            ["clOrdId"] = "", ["closeFraction"] = "", ["failCode"] = "", ["instId"] = InstId(o.Symbol), ["instType"] = "SPOT", ["last"] = "", ["lever"] = "",
            ["linkedOrd"] = new { ordId = "" }, ["moveTriggerPx"] = "", ["ordId"] = fired ? Ms(o.Id + ChildBase) : "",
            ["ordIdList"] = fired ? new[] { Ms(o.Id + ChildBase) } : Array.Empty<string>(), ["ordPx"] = conditional ? "" : orderPx, ["ordType"] = ordType,
            ["posSide"] = "net", ["pxLimit"] = "", ["pxSpread"] = "", ["pxVar"] = "", ["quickMgnType"] = "", ["reduceOnly"] = "false", ["side"] = Side(o.Side),
            ["slOrdPx"] = conditional ? orderPx : "", ["slTriggerPx"] = conditional ? D(o.StopPrice) : "", ["slTriggerPxType"] = conditional ? "last" : "",
            ["state"] = state, ["sz"] = D(o.Quantity), ["szLimit"] = "", ["tag"] = "", ["tdMode"] = "cash", ["tgtCcy"] = "", ["timeInterval"] = "",
            ["tpOrdPx"] = "", ["tpTriggerPx"] = "", ["tpTriggerPxType"] = "", ["triggerPx"] = conditional ? "" : D(o.StopPrice),
            ["triggerPxType"] = conditional ? "" : "last", ["triggerTime"] = fired && o.WorkingMs is { } w ? Ms(w) : "",
            ["tradeQuoteCcy"] = o.Symbol.Quote, ["uTime"] = Ms(o.UpdatedMs),
        };
    }

    /// <summary>A fill row (fees negative when paid, bill id = trade id).</summary>
    public static object Fill(SimFill f, SimOrder o) => new
    {
        side = Side(f.Side), fillSz = D(f.Quantity), fillPx = D(f.Price), fillPxVol = "", fillFwdPx = "", fee = D(-f.Fee), fillPnl = "0",
        ordId = Ms(IsStop(o) ? o.Id + ChildBase : o.Id), feeRate = "", instType = "SPOT", fillPxUsd = "", instId = InstId(f.Symbol),
        clOrdId = IsStop(o) ? "" : ClientId(o), posSide = "net", billId = Ms(f.TradeId), subType = f.Side == OrderSide.Buy ? "1" : "2",
        fillMarkVol = "", tag = "", fillTime = Ms(f.TimeMs), execType = f.IsMaker ? "M" : "T", fillIdxPx = "", tradeId = Ms(f.TradeId),
        fillMarkPx = "", feeCcy = f.FeeAsset, ts = Ms(f.TimeMs),
    };
}
