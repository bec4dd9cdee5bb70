using Qari.Exchanges.Abstractions;
using Qari.Model.Ids;
using Qari.Model.Results;
using Qari.Runtime.Health;
using Qari.Runtime.Journal;
using Qari.Runtime.Notifications;
using Qari.Runtime.Ownership;
using Qari.Trading.Engine;

namespace Qari.Runtime.Trading;

/// <summary>What one account's trader works with: the account, its adapter, its engine, the journal, metrics, clock and notifier.</summary>
public sealed class TraderContext(AccountId account, string name, ISpotExchange exchange, TradingEngine engine, IJournal journal,
    RuntimeMetrics metrics, TimeProvider clock, INotifier notifier)
{
    /// <summary>The exchange account.</summary>
    public AccountId Account { get; } = account;

    /// <summary>A display name for logs and status.</summary>
    public string Name { get; } = name;

    /// <summary>The account's adapter (its key).</summary>
    public ISpotExchange Exchange { get; } = exchange;

    /// <summary>The account's trading engine (replaced by <see cref="Rebuild"/> after a journal outage).</summary>
    public TradingEngine Engine { get; internal set; } = engine;

    /// <summary>
    /// Rebuilds the engine from the journal (given the engine it replaces) once the journal is back after an outage;
    /// null when the host cannot rebuild, and then a journal failure stops the trader as an engine error does.
    /// </summary>
    public Func<TradingEngine, Result<TradingEngine>>? Rebuild { get; init; }

    /// <summary>The journal.</summary>
    public IJournal Journal { get; } = journal;

    /// <summary>The runtime's counters.</summary>
    public RuntimeMetrics Metrics { get; } = metrics;

    /// <summary>The runtime clock (the exchange's market-data time in the demo).</summary>
    public TimeProvider Clock { get; } = clock;

    /// <summary>Where the engine's notifications go.</summary>
    public INotifier Notifier { get; } = notifier;

    /// <summary>The account's equity at the last cycle (quote), for status.</summary>
    public decimal LastEquity { get; set; }

    /// <summary>Where the ownership epoch (fencing token) is kept: the journal's database unless another store is given.</summary>
    public IOwnershipStore Ownership { get; init; } = journal.Ownership;
}
