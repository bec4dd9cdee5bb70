using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Bybit.Wire;
using Qari.Model.Ids;
using Qari.Model.Orders;
using Qari.Model.Results;
using static Qari.Exchanges.Bybit.BybitValues;
using static Qari.Exchanges.Common.WireNumbers;

namespace Qari.Exchanges.Bybit;

/// <summary>Turns Bybit v5 private responses (orders, executions, wallet, key info) into Qari's types; never throws on bad input.</summary>
public static class BybitTradeParser
{
    private static BybitJsonContext Json => BybitJsonContext.Default;

    /// <summary>Parses the create/cancel acknowledgement (ids only).</summary>
    public static Result<(ExchangeOrderId OrderId, string? OrderLinkId)> ParseAck(string json, string where)
    {
        var r = Unwrap(json, Json.BybitEnvelopeBybitOrderAck, where);
        if (!r.IsSuccess) return r.Error;
        if (string.IsNullOrEmpty(r.Value.OrderId)) return Bad(where, "acknowledgement without orderId");
        return (new ExchangeOrderId(r.Value.OrderId), string.IsNullOrEmpty(r.Value.OrderLinkId) ? null : r.Value.OrderLinkId);
    }

    /// <summary>Parses <c>/v5/order/realtime</c> or <c>/v5/order/history</c>.</summary>
    public static Result<(IReadOnlyList<OrderSnapshot> Orders, string? NextCursor)> ParseOrders(string json, BybitSymbolMapper mapper)
    {
        const string where = "orders";
        var r = Unwrap(json, Json.BybitEnvelopeBybitListBybitOrder, where);
        if (!r.IsSuccess) return r.Error;
        var list = new List<OrderSnapshot>();
        foreach (var o in r.Value.List ?? [])
        {
            var snapshot = ToSnapshot(o, mapper);
            if (!snapshot.IsSuccess) return snapshot.Error;
            list.Add(snapshot.Value);
        }
        return (list, string.IsNullOrEmpty(r.Value.NextPageCursor) ? null : r.Value.NextPageCursor);
    }

    /// <summary>Maps one order row.</summary>
    public static Result<OrderSnapshot> ToSnapshot(BybitOrder o, BybitSymbolMapper mapper)
    {
        const string where = "order";
        ArgumentNullException.ThrowIfNull(o);
        if (string.IsNullOrEmpty(o.OrderId)) return Bad(where, "order without orderId");
        if (!mapper.TryFromExchange(o.Symbol, out var symbol)) return Bad(where, $"unknown symbol '{o.Symbol}'");
        var status = BybitStatuses.Map(o.OrderStatus);
        if (!status.IsSuccess) return status.Error;
        var side = BybitStatuses.Side(o.Side);
        if (!side.IsSuccess) return side.Error;
        var isStop = o.StopOrderType is "tpslOrder" or "StopOrder" or "Stop" || o.OrderFilter is "tpslOrder" or "StopOrder";
        OrderType type;
        switch (o.OrderType)
        {
            case "Limit": type = isStop ? OrderType.StopLimit : OrderType.Limit; break;
            case "Market": type = isStop ? OrderType.StopMarket : OrderType.Market; break;
            default: return Bad(where, $"unknown orderType '{o.OrderType}'");
        }
        if (!TryOptionalDecimal(o.Qty, out var qty) || !TryOptionalDecimal(o.CumExecQty, out var filled)
            || !TryOptionalDecimal(o.CumExecValue, out var filledQuote) || !TryOptionalDecimal(o.Price, out _)
            || !TryOptionalDecimal(o.AvgPrice, out _) || !TryOptionalDecimal(o.TriggerPrice, out _))
            return Bad(where, $"order {o.OrderId} has a non-numeric field");
        if (!TryMs(o.CreatedTime, out var created) || !TryMs(o.UpdatedTime, out var updated))
            return Bad(where, $"order {o.OrderId} has bad createdTime/updatedTime");
        // Bybit has no "expired": a remainder the exchange cancelled by time in force (market orders run IOC)
        // reads Cancelled / PartiallyFilledCanceled. Such an order cannot have been cancelled by the user.
        var orderStatus = status.Value == OrderStatus.Canceled && o.OrderStatus != "Deactivated"
            && (o.OrderType == "Market" || o.TimeInForce is "IOC" or "FOK") ? OrderStatus.Expired : status.Value;
        // Spot market buys are sized in quote unless marketUnit says baseCoin: then qty is not a base quantity.
        var qtyIsQuote = type == OrderType.Market && side.Value == OrderSide.Buy && o.MarketUnit != "baseCoin";
        return new OrderSnapshot(
            new ExchangeOrderId(o.OrderId),
            string.IsNullOrEmpty(o.OrderLinkId) ? null : ClientOrderId.Foreign(o.OrderLinkId),
            symbol, side.Value, type, orderStatus,
            type is OrderType.Limit or OrderType.StopLimit ? PositiveOrNull(o.Price) : null,
            PositiveOrNull(o.TriggerPrice),
            qtyIsQuote ? null : qty,
            filled ?? 0m,
            PositiveOrNull(o.AvgPrice),
            filledQuote ?? 0m,
            created, updated);
    }

    /// <summary>Parses <c>/v5/execution/list</c> into fills, oldest first.</summary>
    public static Result<(IReadOnlyList<Fill> Fills, string? NextCursor)> ParseFills(string json, BybitSymbolMapper mapper)
    {
        const string where = "execution/list";
        var r = Unwrap(json, Json.BybitEnvelopeBybitListBybitExecution, where);
        if (!r.IsSuccess) return r.Error;
        var fills = new List<Fill>();
        foreach (var x in r.Value.List ?? [])
        {
            if (string.IsNullOrEmpty(x.ExecId) || string.IsNullOrEmpty(x.OrderId)) return Bad(where, "execution without execId/orderId");
            if (!mapper.TryFromExchange(x.Symbol, out var symbol)) return Bad(where, $"unknown symbol '{x.Symbol}'");
            var side = BybitStatuses.Side(x.Side);
            if (!side.IsSuccess) return side.Error;
            if (!TryDecimal(x.ExecPrice, out var price) || !TryDecimal(x.ExecQty, out var qty)
                || !TryOptionalDecimal(x.ExecFee, out var fee) || !TryMs(x.ExecTime, out var time))
                return Bad(where, $"execution {x.ExecId} has a non-numeric field");
            // execFee is positive when paid, negative for a maker rebate. Spot fees are charged in the
            // asset received when Bybit does not name the currency.
            var feeAsset = !string.IsNullOrEmpty(x.FeeCurrency) ? x.FeeCurrency : side.Value == OrderSide.Buy ? symbol.Base : symbol.Quote;
            fills.Add(new Fill(x.ExecId, new ExchangeOrderId(x.OrderId),
                string.IsNullOrEmpty(x.OrderLinkId) ? null : ClientOrderId.Foreign(x.OrderLinkId),
                symbol, side.Value, price, qty, fee ?? 0m, feeAsset, x.IsMaker, time));
        }
        fills.Sort((a, b) => a.TimeMs != b.TimeMs ? a.TimeMs.CompareTo(b.TimeMs) : string.CompareOrdinal(a.TradeId, b.TradeId));
        return (fills, string.IsNullOrEmpty(r.Value.NextPageCursor) ? null : r.Value.NextPageCursor);
    }

    /// <summary>Parses <c>/v5/account/wallet-balance</c>: free = walletBalance − locked.</summary>
    public static Result<IReadOnlyList<Balance>> ParseBalances(string json)
    {
        const string where = "wallet-balance";
        var r = Unwrap(json, Json.BybitEnvelopeBybitListBybitWallet, where);
        if (!r.IsSuccess) return r.Error;
        var balances = new List<Balance>();
        foreach (var account in r.Value.List ?? [])
        {
            foreach (var c in account.Coin ?? [])
            {
                if (string.IsNullOrEmpty(c.Coin)) return Bad(where, "coin without a name");
                if (!TryOptionalDecimal(c.WalletBalance, out var total) || !TryOptionalDecimal(c.Locked, out var locked))
                    return Bad(where, $"coin {c.Coin} has a non-numeric balance");
                var l = locked ?? 0m;
                balances.Add(new Balance(c.Coin, Math.Max(0m, (total ?? 0m) - l), l));
            }
        }
        return balances;
    }

    /// <summary>Parses <c>/v5/user/query-api</c> into a key report.</summary>
    public static Result<KeyReport> ParseKeyReport(string json)
    {
        var r = Unwrap(json, Json.BybitEnvelopeBybitApiKeyInfo, "query-api");
        if (!r.IsSuccess) return r.Error;
        var info = r.Value;
        var perms = info.Permissions ?? [];
        var writable = info.ReadOnly == 0;
        bool Has(string group, params string[] names) =>
            perms.TryGetValue(group, out var values) && values.Any(v => names.Length == 0 || names.Contains(v, StringComparer.Ordinal));
        Permission P(bool granted) => granted ? Permission.Granted : Permission.Denied;
        var ips = (info.Ips ?? []).Where(ip => !string.IsNullOrWhiteSpace(ip) && ip != "*").ToList();
        var restricted = ips.Count > 0 && !(info.Ips ?? []).Contains("*");
        return new KeyReport(
            Read: Permission.Granted,
            SpotTrade: P(writable && Has("Spot", "SpotTrade")),
            Withdraw: P(writable && Has("Wallet", "Withdraw")),
            Transfer: P(writable && Has("Wallet", "AccountTransfer", "SubMemberTransfer", "SubMemberTransferList")),
            // Bybit has no separate spot-margin key permission (margin is an account setting on unified accounts).
            Margin: Permission.Unknown,
            Derivatives: P(writable && (Has("ContractTrade") || Has("Derivatives") || Has("Options"))),
            IpRestricted: P(restricted),
            AllowedIps: restricted ? ips : [],
            Note: writable ? null : "read-only key");
    }
}
