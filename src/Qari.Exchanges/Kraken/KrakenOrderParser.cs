using System.Text.Json;
using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Http;
using Qari.Model.Ids;
using Qari.Model.Orders;
using Qari.Model.Results;

namespace Qari.Exchanges.Kraken;

/// <summary>Kraken order and trade answers → snapshots and fills, with exhaustive status and order-type vocabularies.</summary>
public static class KrakenOrderParser
{
    /// <summary>AddOrder <c>{descr:{order}, txid:[…]}</c> → the first txid.</summary>
    public static Result<string> AddedTxid(string result) =>
        WireJson.Parse(result, "kraken AddOrder", root => root.Items("txid").First().GetString() ?? throw new WireFormatException("empty txid"));

    /// <summary>QueryOrders <c>{TXID:{…}}</c>, or OpenOrders/ClosedOrders with <paramref name="wrapper"/> "open"/"closed".</summary>
    public static Result<IReadOnlyList<OrderSnapshot>> Orders(string result, KrakenSymbolMapper mapper, string? wrapper = null) =>
        WireJson.Parse<IReadOnlyList<OrderSnapshot>>(result, "kraken orders", root =>
        {
            var orders = wrapper is null ? root : root.Required(wrapper);
            return orders.EnumerateObject().Select(p => ReadOrder(p.Name, p.Value, mapper)).OrderBy(o => o.CreatedMs).ToList();
        });

    /// <summary>TradesHistory <c>{trades:{ID:{…}}, count}</c> → fills of <paramref name="symbol"/>; the fee is in the quote currency.</summary>
    public static Result<(IReadOnlyList<Fill> Fills, int PageSize, int Count)> Trades(string result, Symbol symbol, KrakenSymbolMapper mapper) =>
        WireJson.Parse(result, "kraken TradesHistory", root =>
        {
            var trades = root.Required("trades").EnumerateObject().ToList();
            var fills = new List<Fill>();
            foreach (var t in trades)
            {
                var v = t.Value;
                if (!mapper.TryFromExchange(v.GetString("pair"), out var pair) || pair != symbol) continue;
                fills.Add(new Fill(t.Name, new ExchangeOrderId(v.GetString("ordertxid")), null, symbol, Side(v.GetString("type")),
                    v.GetDecimal("price"), v.GetDecimal("vol"), v.GetDecimal("fee"), symbol.Quote,
                    v.Optional("maker") is { ValueKind: JsonValueKind.True }, Ms(v.GetDecimal("time"))));
            }
            return ((IReadOnlyList<Fill>)fills, trades.Count, (int)root.GetInt64("count"));
        });

    /// <summary>
    /// Kraken status → Qari's. <c>canceled</c> of a market order (Kraken cancels what a market order cannot fill)
    /// is Expired; an unknown value is a wire-format error.
    /// </summary>
    public static OrderStatus Status(string status, decimal executed, OrderType type) => status switch
    {
        "pending" or "open" => executed > 0 ? OrderStatus.PartiallyFilled : OrderStatus.New,
        "closed" => OrderStatus.Filled,
        "canceled" => type == OrderType.Market ? OrderStatus.Expired : OrderStatus.Canceled,
        "expired" => OrderStatus.Expired,
        _ => throw new WireFormatException($"unknown order status '{status}'"),
    };

    /// <summary>Kraken ordertype → Qari's (take-profit and trailing types are triggered orders like stops).</summary>
    public static OrderType Type(string ordertype) => ordertype switch
    {
        "limit" or "iceberg" => OrderType.Limit,
        "market" => OrderType.Market,
        "stop-loss" or "take-profit" or "trailing-stop" => OrderType.StopMarket,
        "stop-loss-limit" or "take-profit-limit" or "trailing-stop-limit" => OrderType.StopLimit,
        _ => throw new WireFormatException($"unknown ordertype '{ordertype}'"),
    };

    /// <summary>buy/sell.</summary>
    public static OrderSide Side(string side) => side switch
    {
        "buy" => OrderSide.Buy,
        "sell" => OrderSide.Sell,
        _ => throw new WireFormatException($"unknown side '{side}'"),
    };

    private static OrderSnapshot ReadOrder(string txid, JsonElement o, KrakenSymbolMapper mapper)
    {
        var descr = o.Required("descr");
        var pairName = descr.GetString("pair");
        if (!mapper.TryFromExchange(pairName, out var symbol)) throw new WireFormatException($"unknown pair '{pairName}'");
        var type = Type(descr.GetString("ordertype"));
        var executed = o.GetDecimal("vol_exec");
        var cost = o.GetDecimal("cost");
        var viqc = (o.GetOptionalString("oflags") ?? "").Split(',').Contains("viqc", StringComparer.Ordinal);
        var price = descr.GetOptionalDecimal("price");
        var price2 = descr.GetOptionalDecimal("price2");
        var (limit, stop) = type switch
        {
            OrderType.StopMarket => (null, price),
            OrderType.StopLimit => (price2, price),
            OrderType.Limit => (price, (decimal?)null),
            _ => ((decimal?)null, (decimal?)null),
        };
        var created = Ms(o.GetDecimal("opentm"));
        var closed = o.GetOptionalDecimal("closetm") is { } c and > 0 ? Ms(c) : created;
        var clientId = o.GetOptionalString("cl_ord_id");
        return new OrderSnapshot(
            new ExchangeOrderId(txid),
            string.IsNullOrEmpty(clientId) ? null : ClientOrderId.Foreign(clientId),
            symbol,
            Side(descr.GetString("type")),
            type,
            Status(o.GetString("status"), executed, type),
            Price: limit is > 0 ? limit : null,
            StopPrice: stop is > 0 ? stop : null,
            // With viqc the volume is the quote amount to spend, not a base quantity.
            Quantity: viqc ? null : o.GetDecimal("vol"),
            FilledQuantity: executed,
            AverageFillPrice: executed > 0 ? cost / executed : null,
            FilledQuote: cost,
            CreatedMs: created,
            UpdatedMs: closed);
    }

    private static long Ms(decimal seconds) => (long)decimal.Round(seconds * 1000m, 0);
}
