using Microsoft.Extensions.Logging;
using Qari.Analysis.Confluence;
using Qari.Analysis.Engine;
using Qari.Exchanges.Abstractions;
using Qari.Model.Ids;
using Qari.Model.Results;
using Qari.Runtime.Health;
using Qari.Runtime.Hosting;
using Qari.Runtime.Journal;
using Qari.Runtime.Notifications;
using Qari.Runtime.Ownership;
using Qari.Runtime.Scanning;
using Qari.Runtime.Trading;
using Qari.Trading.Engine;
using Qari.Trading.Risk;

namespace Qari.Runtime.Demo;

/// <summary>
/// The demo's grain composition: one Binance scanner over the replayed universe, one demo account whose trader
/// executes through <paramref name="traderExchange"/> and journals to the venue's journal. A trader activated again
/// (after its silo died) rebuilds its engine from what this run journaled; with an <see cref="IOwnershipStore"/> the
/// fencing epochs live there instead of in the journal's database.
/// </summary>
public sealed class DemoComposition(DemoVenue venue, DemoOptions options, RuntimeMetrics metrics, ILogger log,
    Func<AccountId, ISpotExchange>? traderExchange = null, IOwnershipStore? ownership = null) : IRuntimeComposition
{
    private readonly Lock _gate = new();
    private readonly List<AccountTrader> _created = [];

    /// <inheritdoc />
    public RuntimeMetrics Metrics => metrics;

    /// <inheritdoc />
    public TimeSpan ReconcilePeriod { get; init; } = TimeSpan.FromMinutes(5);

    /// <inheritdoc />
    public int ReconcileEveryCycles => options.ReconcileEvery;

    /// <summary>Days of 5m history the scanner warms up on (more days: more structure, slower start).</summary>
    public TimeSpan FiveMinuteHistory { get; init; } = TimeSpan.FromDays(3);

    /// <summary>The traders built so far, oldest first (a failover builds a second one).</summary>
    public IReadOnlyList<AccountTrader> Created
    {
        get
        {
            lock (_gate) return _created.ToList();
        }
    }

    // The log always; Telegram (or another notifier) too when the options carry one.
    private INotifier Notifier() => options.Notifier is { } extra ? new CompositeNotifier(log, new LogNotifier(log), extra) : new LogNotifier(log);

    /// <inheritdoc />
    public IReadOnlyList<AccountId> AccountsOn(ExchangeId exchange) => exchange == ExchangeId.Binance ? [DemoRuntime.DemoAccount] : [];

    /// <inheritdoc />
    public async Task<Result<Scanner>> CreateScannerAsync(ExchangeId exchange, long closeMs, CancellationToken ct)
    {
        if (exchange != ExchangeId.Binance) return Error.Validation("demo.exchange", $"the demo replays Binance only, not {exchange}");
        var scorer = options.MinScore is { } min ? new ConfluenceScorer(new ConfluenceSettings(Threshold: min, MinBullishLayers: 2)) : null;
        var scanner = new Scanner(venue.Exchange, venue.Universe, new AnalysisCycle(scorer: scorer), log);
        var warm = await scanner.WarmUpAsync(closeMs, FiveMinuteHistory, TimeSpan.FromDays(options.WarmUpDays), ct).ConfigureAwait(false);
        return warm.IsSuccess ? scanner : warm.Error!;
    }

    /// <inheritdoc />
    public Task<Result<TraderSetup>> CreateTraderAsync(AccountId account, CancellationToken ct)
    {
        if (account != DemoRuntime.DemoAccount) return Task.FromResult<Result<TraderSetup>>(Error.Validation("demo.account", $"account {account.Value} is not the demo account"));
        var profile = new AccountProfile(account, DemoRuntime.DemoUser, Plan.SelfHosted, null, Waiver: false, AutoTrading: true, new HashSet<Symbol>());
        var gate = new RiskGate(new SingleNodeEntryLock());
        // This run's rows only: the demo's simulator starts fresh every run, so earlier runs' trades are not on it.
        var history = JournalReader.Read(venue.Journal, account, thisRunOnly: true);
        if (!history.IsSuccess) return Task.FromResult<Result<TraderSetup>>(history.Error!);
        var restored = !history.Value.IsEmpty;
        var engine = restored
            ? TradingEngine.Restore(profile, TradingSettings.Default, PlanCaps.Default, gate, history.Value.Inputs, history.Value.Outputs)
            : new TradingEngine(profile, TradingSettings.Default, PlanCaps.Default, gate);
        var exchange = traderExchange?.Invoke(account) ?? venue.Exchange;
        var clock = venue.Simulator.State.Clock;
        var context = new TraderContext(account, "demo", exchange, engine, venue.Journal, metrics, clock, Notifier())
        {
            Ownership = ownership ?? venue.Journal.Ownership,
            Rebuild = old => EngineRestorer.Rebuild(old, venue.Journal, profile, TradingSettings.Default, PlanCaps.Default, gate, thisRunOnly: true),
        };
        var trader = new AccountTrader(context, log);
        lock (_gate) _created.Add(trader);
        return Task.FromResult<Result<TraderSetup>>(new TraderSetup(trader, clock, restored));
    }
}
