using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Okx.Wire;
using Qari.Model.Ids;
using Qari.Model.Orders;
using Qari.Model.Results;
using static Qari.Exchanges.Okx.OkxValues;
using static Qari.Exchanges.Common.WireNumbers;

namespace Qari.Exchanges.Okx;

/// <summary>Turns OKX v5 private responses (orders, algo orders, fills, balances, account config) into Qari's types.</summary>
public static class OkxTradeParser
{
    private static OkxJsonContext Json => OkxJsonContext.Default;

    /// <summary>Parses place/cancel of a regular order: the order id, or the item's error.</summary>
    public static Result<ExchangeOrderId> ParseOrderAck(string json, string where)
    {
        var r = UnwrapAck(json, where);
        if (!r.IsSuccess) return r.Error;
        return string.IsNullOrEmpty(r.Value.OrdId) ? Bad(where, "acknowledgement without ordId") : new ExchangeOrderId(r.Value.OrdId);
    }

    /// <summary>Parses place/cancel of an algo order: the algo id, or the item's error.</summary>
    public static Result<ExchangeOrderId> ParseAlgoAck(string json, string where)
    {
        var r = UnwrapAck(json, where);
        if (!r.IsSuccess) return r.Error;
        return string.IsNullOrEmpty(r.Value.AlgoId) ? Bad(where, "acknowledgement without algoId") : new ExchangeOrderId(r.Value.AlgoId);
    }

    /// <summary>Parses <c>/trade/order</c>, <c>orders-pending</c> or <c>orders-history</c>.</summary>
    public static Result<IReadOnlyList<OrderSnapshot>> ParseOrders(string json)
    {
        var r = Unwrap(json, Json.OkxEnvelopeOkxOrder, "orders");
        if (!r.IsSuccess) return r.Error;
        var list = new List<OrderSnapshot>(r.Value.Count);
        foreach (var o in r.Value)
        {
            var s = ToSnapshot(o);
            if (!s.IsSuccess) return s.Error;
            list.Add(s.Value);
        }
        return list;
    }

    /// <summary>Maps one order row.</summary>
    public static Result<OrderSnapshot> ToSnapshot(OkxOrder o)
    {
        const string where = "order";
        ArgumentNullException.ThrowIfNull(o);
        if (string.IsNullOrEmpty(o.OrdId)) return Bad(where, "order without ordId");
        if (!OkxSymbolMapper.TryFromExchange(o.InstId, out var symbol)) return Bad(where, $"bad instId '{o.InstId}'");
        var status = OkxStatuses.Map(o.State);
        if (!status.IsSuccess) return status.Error;
        var side = OkxStatuses.Side(o.Side);
        if (!side.IsSuccess) return side.Error;
        var type = OkxStatuses.Type(o.OrdType);
        if (!type.IsSuccess) return type.Error;
        if (!TryOptionalDecimal(o.Sz, out var sz) || !TryOptionalDecimal(o.AccFillSz, out var filled)
            || !TryOptionalDecimal(o.Px, out _) || !TryOptionalDecimal(o.AvgPx, out var avg))
            return Bad(where, $"order {o.OrdId} has a non-numeric field");
        if (!TryMs(o.CTime, out var created) || !TryMs(o.UTime, out var updated)) return Bad(where, $"order {o.OrdId} has bad cTime/uTime");
        // SPOT market buys default to tgtCcy=quote_ccy: sz is then a quote amount, not a base quantity.
        var szIsQuote = type.Value == OrderType.Market && (o.TgtCcy == "quote_ccy" || (string.IsNullOrEmpty(o.TgtCcy) && side.Value == OrderSide.Buy));
        var filledQty = filled ?? 0m;
        // OKX ends IOC/FOK/market remainders as "canceled"; those were expired by time in force, not cancelled by the user.
        var orderStatus = status.Value == OrderStatus.Canceled && o.OrdType is "market" or "optimal_limit_ioc" or "ioc" or "fok"
            ? OrderStatus.Expired : status.Value;
        // An order placed by a triggered stop (algo order) is reported under the stop's own ids and type, the
        // identity Qari placed it with; the trigger price is not on the child's row.
        var fromAlgo = !string.IsNullOrEmpty(o.AlgoId);
        var clientId = fromAlgo ? o.AlgoClOrdId : o.ClOrdId;
        var reportedType = !fromAlgo ? type.Value : type.Value == OrderType.Market ? OrderType.StopMarket : OrderType.StopLimit;
        return new OrderSnapshot(
            new ExchangeOrderId(fromAlgo ? o.AlgoId! : o.OrdId),
            string.IsNullOrEmpty(clientId) ? null : ClientOrderId.Foreign(clientId),
            symbol, side.Value, reportedType, orderStatus,
            type.Value == OrderType.Limit ? PositiveOrNull(o.Px) : null,
            null,
            szIsQuote ? null : sz,
            filledQty,
            avg is > 0 ? avg : null,
            avg is > 0 ? avg.Value * filledQty : 0m,
            created, updated);
    }

    /// <summary>Parses <c>/trade/order-algo</c> or <c>orders-algo-pending</c> (conditional and trigger orders).</summary>
    public static Result<IReadOnlyList<OkxAlgoView>> ParseAlgoOrders(string json)
    {
        const string where = "algo order";
        var r = Unwrap(json, Json.OkxEnvelopeOkxAlgoOrder, where);
        if (!r.IsSuccess) return r.Error;
        var list = new List<OkxAlgoView>(r.Value.Count);
        foreach (var a in r.Value)
        {
            if (string.IsNullOrEmpty(a.AlgoId)) return Bad(where, "algo order without algoId");
            if (!OkxSymbolMapper.TryFromExchange(a.InstId, out var symbol)) return Bad(where, $"bad instId '{a.InstId}'");
            var state = OkxStatuses.MapAlgo(a.State);
            if (!state.IsSuccess) return state.Error;
            var side = OkxStatuses.Side(a.Side);
            if (!side.IsSuccess) return side.Error;
            string? triggerText, orderPxText;
            switch (a.OrdType)
            {
                case "conditional": triggerText = a.SlTriggerPx; orderPxText = a.SlOrdPx; break;
                case "trigger": triggerText = a.TriggerPx; orderPxText = a.OrdPx; break;
                default: return Bad(where, $"unsupported algo ordType '{a.OrdType}'");
            }
            if (!TryDecimal(triggerText, out var trigger) || !TryDecimal(orderPxText, out var orderPx) || !TryOptionalDecimal(a.Sz, out var sz))
                return Bad(where, $"algo {a.AlgoId} has a non-numeric trigger/order price/size");
            if (!TryMs(a.CTime, out var created)) return Bad(where, $"algo {a.AlgoId} has a bad cTime");
            var updated = TryMs(a.UTime, out var u) ? u : created;
            var isMarket = orderPx == -1m;
            var snapshot = new OrderSnapshot(
                new ExchangeOrderId(a.AlgoId),
                string.IsNullOrEmpty(a.AlgoClOrdId) ? null : ClientOrderId.Foreign(a.AlgoClOrdId),
                symbol, side.Value, isMarket ? OrderType.StopMarket : OrderType.StopLimit, state.Value.Status,
                isMarket ? null : orderPx, trigger, sz, 0m, null, 0m, created, updated);
            var child = !string.IsNullOrEmpty(a.OrdId) ? a.OrdId : a.OrdIdList is { Count: > 0 } ids ? ids[^1] : null;
            list.Add(new OkxAlgoView(snapshot, state.Value.Triggered, child));
        }
        return list;
    }

    /// <summary>
    /// Parses <c>/trade/fills</c> or <c>fills-history</c> into fills, oldest first, with the bill id of the last
    /// (oldest) row for paging. OKX fees are negative when paid.
    /// </summary>
    public static Result<(IReadOnlyList<Fill> Fills, string? LastBillId)> ParseFills(string json)
    {
        const string where = "trade/fills";
        var r = Unwrap(json, Json.OkxEnvelopeOkxFill, where);
        if (!r.IsSuccess) return r.Error;
        var fills = new List<Fill>(r.Value.Count);
        foreach (var f in r.Value)
        {
            if (string.IsNullOrEmpty(f.TradeId) || string.IsNullOrEmpty(f.OrdId)) return Bad(where, "fill without tradeId/ordId");
            if (!OkxSymbolMapper.TryFromExchange(f.InstId, out var symbol)) return Bad(where, $"bad instId '{f.InstId}'");
            var side = OkxStatuses.Side(f.Side);
            if (!side.IsSuccess) return side.Error;
            if (!TryDecimal(f.FillPx, out var px) || !TryDecimal(f.FillSz, out var sz) || !TryOptionalDecimal(f.Fee, out var fee) || !TryMs(f.Ts, out var ts))
                return Bad(where, $"fill {f.TradeId} has a non-numeric field");
            var isMaker = f.ExecType switch
            {
                "M" => true,
                "T" => false,
                _ => (bool?)null,
            };
            if (isMaker is null) return Bad(where, $"unknown execType '{f.ExecType}'");
            fills.Add(new Fill(f.TradeId, new ExchangeOrderId(f.OrdId),
                string.IsNullOrEmpty(f.ClOrdId) ? null : ClientOrderId.Foreign(f.ClOrdId),
                symbol, side.Value, px, sz, -(fee ?? 0m), string.IsNullOrEmpty(f.FeeCcy) ? symbol.Quote : f.FeeCcy, isMaker.Value, ts));
        }
        var lastBill = r.Value.Count > 0 ? r.Value[^1].BillId : null;
        fills.Sort((a, b) => a.TimeMs != b.TimeMs ? a.TimeMs.CompareTo(b.TimeMs) : string.CompareOrdinal(a.TradeId, b.TradeId));
        return (fills, string.IsNullOrEmpty(lastBill) ? null : lastBill);
    }

    /// <summary>Parses <c>/account/balance</c>: free = availBal, locked = frozenBal.</summary>
    public static Result<IReadOnlyList<Balance>> ParseBalances(string json)
    {
        const string where = "account/balance";
        var r = Unwrap(json, Json.OkxEnvelopeOkxBalance, where);
        if (!r.IsSuccess) return r.Error;
        var list = new List<Balance>();
        foreach (var account in r.Value)
        {
            foreach (var d in account.Details ?? [])
            {
                if (string.IsNullOrEmpty(d.Ccy)) return Bad(where, "detail without ccy");
                if (!TryOptionalDecimal(d.AvailBal, out var avail) || !TryOptionalDecimal(d.FrozenBal, out var frozen))
                    return Bad(where, $"currency {d.Ccy} has a non-numeric balance");
                list.Add(new Balance(d.Ccy, avail ?? 0m, frozen ?? 0m));
            }
        }
        return list;
    }

    /// <summary>
    /// Parses <c>/account/config</c>. <c>perm</c> says read/trade/withdraw; whether "trade" reaches margin and
    /// derivatives depends on the account mode (<c>acctLv</c> 1 = spot mode only).
    /// </summary>
    public static Result<KeyReport> ParseKeyReport(string json)
    {
        const string where = "account/config";
        var r = Unwrap(json, Json.OkxEnvelopeOkxAccountConfig, where);
        if (!r.IsSuccess) return r.Error;
        if (r.Value.Count == 0) return Bad(where, "no config in 'data'");
        var c = r.Value[0];
        if (c.Perm is null) return Bad(where, "no 'perm'");
        var perms = c.Perm.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var p in perms)
        {
            if (p is not ("read_only" or "trade" or "withdraw")) return Bad(where, $"unknown permission '{p}'");
        }
        var trade = perms.Contains("trade");
        Permission P(bool granted) => granted ? Permission.Granted : Permission.Denied;
        var beyondSpot = c.AcctLv switch
        {
            "1" => Permission.Denied,
            "2" or "3" or "4" => trade ? Permission.Granted : Permission.Denied,
            _ => Permission.Unknown,
        };
        var ips = (c.Ip ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new KeyReport(
            Read: Permission.Granted,
            SpotTrade: P(trade),
            Withdraw: P(perms.Contains("withdraw")),
            Transfer: Permission.Unknown,
            Margin: beyondSpot,
            Derivatives: beyondSpot,
            IpRestricted: P(ips.Length > 0),
            AllowedIps: ips,
            Note: $"account mode acctLv={c.AcctLv}");
    }
}
