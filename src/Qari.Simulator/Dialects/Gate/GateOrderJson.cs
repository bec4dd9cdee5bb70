using Qari.Model.Orders;
using Qari.Simulator.Engine;
using static Qari.Simulator.Dialects.Gate.GateWire;

namespace Qari.Simulator.Dialects.Gate;

/// <summary>Gate's order shapes: spot orders (status + finish_as), price-triggered orders, my_trades rows.</summary>
internal static class GateOrderJson
{
    /// <summary>The spot order id of an engine order (a fired stop's order has its own id).</summary>
    public static long SpotId(SimOrder o) => IsStop(o) ? o.Id + FiredOffset : o.Id;

    public static object Spot(SimOrder o)
    {
        var quoteSized = o.Quantity is null;
        var market = o.Type is OrderType.Market or OrderType.StopMarket;
        var filled = o.Executed;
        return new
        {
            id = SpotId(o).ToString(System.Globalization.CultureInfo.InvariantCulture), text = Text(o), amend_text = "-",
            create_time = Seconds(o.WorkingMs ?? o.CreatedMs), update_time = Seconds(o.UpdatedMs), create_time_ms = o.WorkingMs ?? o.CreatedMs, update_time_ms = o.UpdatedMs,
            status = o.IsOpen ? "open" : o.Status == OrderStatus.Filled ? "closed" : "cancelled",
            currency_pair = Pair(o.Symbol), type = market ? "market" : "limit", account = "spot", side = Side(o.Side),
            amount = D(quoteSized ? o.QuoteAmount ?? 0m : o.Quantity!.Value), price = D(market ? 0m : o.Price ?? 0m),
            time_in_force = Tif(o), iceberg = "0", left = D(quoteSized ? (o.IsOpen ? o.RemainingQuote : 0m) : o.Remaining),
            filled_amount = D(filled), fill_price = D(o.CumulativeQuote), filled_total = D(o.CumulativeQuote),
            avg_deal_price = filled > 0 ? D(Math.Round(o.CumulativeQuote / filled, 12)) : null,
            fee = D(o.Fills.Sum(f => f.Fee)), fee_currency = o.Fills.Count > 0 ? o.Fills[0].FeeAsset : (o.Side == OrderSide.Buy ? o.Symbol.Base : o.Symbol.Quote),
            point_fee = "0", gt_fee = "0", gt_maker_fee = "0", gt_taker_fee = "0", gt_discount = false, rebated_fee = "0", rebated_fee_currency = o.Symbol.Quote,
            finish_as = FinishAs(o),
        };
    }

    public static object Price(SimOrder o)
    {
        var fired = o.WorkingMs is not null;
        var status = o.IsOpen && !fired ? "open" : fired ? "finish" : o.Status == OrderStatus.Canceled ? "cancelled" : "expired";
        return new
        {
            trigger = new { price = D(o.StopPrice ?? 0m), rule = o.Side == OrderSide.Sell ? "<=" : ">=", expiration = 0 },
            put = new
            {
                type = o.Type == OrderType.StopMarket ? "market" : "limit", side = Side(o.Side), price = D(o.Price ?? o.StopPrice ?? 0m),
                amount = D(o.Quantity ?? 0m), account = "normal", time_in_force = o.Type == OrderType.StopMarket ? "ioc" : "gtc", text = Text(o),
            },
            id = o.Id, user = Math.Abs(o.AccountId.GetHashCode(StringComparison.Ordinal)), market = Pair(o.Symbol),
            ctime = o.CreatedMs / 1000, ftime = o.IsOpen && !fired ? 0 : (o.WorkingMs ?? o.UpdatedMs) / 1000,
            fired_order_id = fired ? o.Id + FiredOffset : 0, status, reason = fired ? "" : status == "cancelled" ? "cancelled by user" : "",
        };
    }

    public static object Trade(SimFill f, SimOrder o) => new
    {
        id = f.TradeId.ToString(System.Globalization.CultureInfo.InvariantCulture), create_time = Seconds(f.TimeMs),
        create_time_ms = f.TimeMs.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".000", currency_pair = Pair(f.Symbol), side = Side(f.Side),
        role = f.IsMaker ? "maker" : "taker", amount = D(f.Quantity), price = D(f.Price), order_id = SpotId(o).ToString(System.Globalization.CultureInfo.InvariantCulture),
        fee = D(f.Fee), fee_currency = f.FeeAsset, point_fee = "0", gt_fee = "0", amend_text = "-", sequence_id = f.TradeId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        text = Text(o),
    };

    private static string Tif(SimOrder o) => o.TimeInForce switch
    {
        TimeInForce.ImmediateOrCancel => "ioc",
        TimeInForce.FillOrKill => "fok",
        TimeInForce.PostOnly => "poc",
        _ => o.Type is OrderType.Market or OrderType.StopMarket ? "ioc" : "gtc",
    };

    private static string FinishAs(SimOrder o) => o.Status switch
    {
        OrderStatus.New or OrderStatus.PartiallyFilled => "open",
        OrderStatus.Filled => "filled",
        OrderStatus.Canceled => "cancelled",
        OrderStatus.Rejected => "poc",
        OrderStatus.Expired => o.TimeInForce switch
        {
            TimeInForce.FillOrKill => "fok",
            TimeInForce.ImmediateOrCancel => "ioc",
            _ => "depth_not_enough",
        },
        _ => throw new ArgumentOutOfRangeException(nameof(o), o.Status, "Unknown status."),
    };
}
