using Qari.Exchanges.Abstractions;
using Qari.Model.Ids;
using Qari.Model.Instruments;
using Qari.Model.Orders;

namespace Qari.Simulator.Engine;

/// <summary>
/// The one matching engine behind every dialect: markets per symbol, accounts with free/locked balances, orders
/// in price-time priority, fills with fees, symbol rules enforced. Thread-safe (one lock: the simulator favours
/// being obviously right over concurrency). Accounts' orders match against the synthetic liquidity and the
/// replayed or pushed prices, not against each other.
/// </summary>
public sealed class MatchingEngine
{
    private readonly object _gate = new();
    private readonly TimeProvider _clock;
    private readonly Dictionary<Symbol, SimMarket> _markets = [];
    private readonly Dictionary<string, SimAccount> _accounts = new(StringComparer.Ordinal);
    private readonly Dictionary<long, SimOrder> _orders = [];
    private readonly Dictionary<(string Account, string ClientId), List<SimOrder>> _byClientId = [];
    // Each account's orders in id order: per-account reads (open orders, fill lists) must not scan every account's orders.
    private readonly Dictionary<string, List<SimOrder>> _byAccount = new(StringComparer.Ordinal);
    private readonly OrderMatcher _matcher;
    private long _nextOrderId = 1_000_001;
    private long _nextSequence = 1;
    private long _generatedClientIds;

    /// <summary>Creates an empty engine on the simulator's clock.</summary>
    public MatchingEngine(TimeProvider clock)
    {
        _clock = clock;
        _matcher = new OrderMatcher(this);
    }

    /// <summary>The lock dialects take when they read several engine objects at once.</summary>
    public object Gate => _gate;

    /// <summary>All markets.</summary>
    public IReadOnlyList<SimMarket> Markets { get { lock (_gate) return _markets.Values.OrderBy(m => m.Symbol.ToString(), StringComparer.Ordinal).ToList(); } }

    /// <summary>The simulator's current time in ms.</summary>
    public long NowMs => _clock.GetUtcNow().ToUnixTimeMilliseconds();

    /// <summary>Adds a market (or replaces its rules) at a starting price.</summary>
    public SimMarket AddMarket(Symbol symbol, InstrumentRules rules, decimal lastPrice, BookShape? shape = null)
    {
        lock (_gate)
        {
            var market = new SimMarket(symbol, rules, lastPrice, shape ?? new BookShape()) { LastPriceMs = NowMs };
            _markets[symbol] = market;
            return market;
        }
    }

    /// <summary>Adds an account.</summary>
    public void AddAccount(SimAccount account)
    {
        lock (_gate) _accounts[account.Id] = account;
    }

    /// <summary>The market of a symbol, or null.</summary>
    public SimMarket? Market(Symbol symbol)
    {
        lock (_gate) return _markets.GetValueOrDefault(symbol);
    }

    /// <summary>An account, or null.</summary>
    public SimAccount? Account(string id)
    {
        lock (_gate) return _accounts.GetValueOrDefault(id);
    }

    /// <summary>A snapshot of an account's balances: (asset, free, locked).</summary>
    public IReadOnlyList<(string Asset, decimal Free, decimal Locked)> Balances(string accountId)
    {
        lock (_gate)
        {
            return _accounts.TryGetValue(accountId, out var a)
                ? a.Balances.OrderBy(b => b.Key, StringComparer.Ordinal).Select(b => (b.Key, b.Value.Free, b.Value.Locked)).ToList()
                : [];
        }
    }

    /// <summary>A client order id for orders placed without one (dialects call this when the wire field is absent).</summary>
    public string GenerateClientOrderId(string prefix)
    {
        lock (_gate) return prefix + (++_generatedClientIds).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Validates, reserves funds and places an order; marketable parts fill at once.</summary>
    public SimResult Place(SimOrderRequest request)
    {
        lock (_gate)
        {
            if (!_accounts.TryGetValue(request.AccountId, out var account)) return SimResult.Fail(SimReject.UnknownAccount);
            if (!_markets.TryGetValue(request.Symbol, out var market)) return SimResult.Fail(SimReject.UnknownSymbol, request.Symbol.ToString());
            if (market.Status != TradingStatus.Trading) return SimResult.Fail(SimReject.MarketClosed, market.Status.ToString());
            var existing = _byClientId.GetValueOrDefault((request.AccountId, request.ClientOrderId));
            switch (request.Duplicates)
            {
                case DuplicateClientIdBehaviour.RejectedWhileOpen when existing?.Any(o => o.IsOpen) == true:
                case DuplicateClientIdBehaviour.AlwaysRejected when existing is { Count: > 0 }:
                    return SimResult.Fail(SimReject.DuplicateClientOrderId, request.ClientOrderId);
                case DuplicateClientIdBehaviour.ReturnsExisting when existing is { Count: > 0 }:
                    return SimResult.Ok(existing[^1]);
            }
            if (OrderRules.Check(request, market) is { } broken) return broken;
            var order = new SimOrder(_nextOrderId++, request, NowMs);
            var funded = _matcher.Reserve(order, account, market);
            if (funded is { } refused) return refused;
            _orders[order.Id] = order;
            if (existing is null) _byClientId[(request.AccountId, request.ClientOrderId)] = existing = [];
            existing.Add(order);
            if (!_byAccount.TryGetValue(request.AccountId, out var mine)) _byAccount[request.AccountId] = mine = [];
            mine.Add(order);
            _matcher.Start(order, account, market);
            return SimResult.Ok(order);
        }
    }

    /// <summary>Cancels an open order named by id or client id; closed or unknown orders are <see cref="SimReject.UnknownOrder"/>.</summary>
    public SimResult Cancel(string accountId, Symbol symbol, long? orderId, string? clientOrderId)
    {
        lock (_gate)
        {
            var order = FindLocked(accountId, symbol, orderId, clientOrderId);
            if (order is null || !order.IsOpen) return SimResult.Fail(SimReject.UnknownOrder);
            _matcher.Close(order, _accounts[accountId], _markets[symbol], OrderStatus.Canceled);
            return SimResult.Ok(order);
        }
    }

    /// <summary>An order of the account by id or client id (the latest one carrying that client id), or null.</summary>
    public SimOrder? Find(string accountId, Symbol symbol, long? orderId, string? clientOrderId)
    {
        lock (_gate) return FindLocked(accountId, symbol, orderId, clientOrderId);
    }

    /// <summary>Open orders of the account (waiting stops included), oldest first.</summary>
    public IReadOnlyList<SimOrder> OpenOrders(string accountId, Symbol? symbol)
    {
        lock (_gate)
        {
            return OrdersOf(accountId).Where(o => o.IsOpen && (symbol is null || o.Symbol == symbol)).ToList();
        }
    }

    /// <summary>All orders of the account on a symbol (open and closed), oldest first.</summary>
    public IReadOnlyList<SimOrder> AllOrders(string accountId, Symbol symbol)
    {
        lock (_gate) return OrdersOf(accountId).Where(o => o.Symbol == symbol).ToList();
    }

    /// <summary>The account's fills on a symbol, oldest first.</summary>
    public IReadOnlyList<SimFill> Fills(string accountId, Symbol symbol)
    {
        lock (_gate)
        {
            return OrdersOf(accountId).Where(o => o.Symbol == symbol).SelectMany(o => o.Fills).OrderBy(f => f.TradeId).ToList();
        }
    }

    /// <summary>Sets a new last price: triggers stops, then fills resting orders the price reached, up to <paramref name="volume"/> (unlimited when null).</summary>
    public void PushPrice(Symbol symbol, decimal price, decimal? volume = null)
    {
        lock (_gate)
        {
            if (!_markets.TryGetValue(symbol, out var market)) return;
            market.LastPrice = market.Rules.FloorPrice(price) is > 0 and var p ? p : price;
            market.LastPriceMs = NowMs;
            _matcher.OnPrice(market, volume);
        }
    }

    /// <summary>Sets the base quantity of every synthetic level (null restores the default shape) — small values force partial fills.</summary>
    public void SetLevelQuantity(Symbol symbol, decimal? quantity)
    {
        lock (_gate)
        {
            if (_markets.TryGetValue(symbol, out var market)) market.LevelQuantity = quantity;
        }
    }

    /// <summary>Sets a market's status (halt, maintenance, trading).</summary>
    public void SetStatus(Symbol symbol, TradingStatus status)
    {
        lock (_gate)
        {
            if (_markets.TryGetValue(symbol, out var market)) market.Status = status;
        }
    }

    internal long NextSequence() => _nextSequence++;

    internal SimAccount AccountOf(SimOrder order) => _accounts[order.AccountId];

    // Ids only grow, so the list is already oldest first.
    private List<SimOrder> OrdersOf(string accountId) => _byAccount.TryGetValue(accountId, out var orders) ? orders : [];

    private SimOrder? FindLocked(string accountId, Symbol symbol, long? orderId, string? clientOrderId)
    {
        if (orderId is { } id)
            return _orders.TryGetValue(id, out var o) && o.AccountId == accountId && o.Symbol == symbol ? o : null;
        if (clientOrderId is not null && _byClientId.TryGetValue((accountId, clientOrderId), out var list))
            return list.LastOrDefault(o => o.Symbol == symbol);
        return null;
    }
}
