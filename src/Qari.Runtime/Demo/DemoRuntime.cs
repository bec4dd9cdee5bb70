using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Qari.Analysis.Confluence;
using Qari.Analysis.Engine;
using Qari.Exchanges;
using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Http;
using Qari.Model.Ids;
using Qari.Model.Market;
using Qari.Model.Results;
using Qari.Runtime.Health;
using Qari.Runtime.Journal;
using Qari.Runtime.Notifications;
using Qari.Runtime.Scanning;
using Qari.Runtime.Trading;
using Qari.Simulator.Accounts;
using Qari.Simulator.Feed;
using Qari.Simulator.Hosting;
using Qari.Trading.Engine;
using Qari.Trading.Risk;

namespace Qari.Runtime.Demo;

/// <summary>
/// The self-hosted demo: the simulator in-process on a loopback port replaying the candle files, one local user with
/// a simulated account and key (Binance dialect), the scanner running one cycle per replayed 5m candle close, and
/// the account's trader executing through the Binance adapter and journaling to SQLite.
/// </summary>
public sealed class DemoRuntime : IAsyncDisposable
{
    /// <summary>The demo user's id (fixed, so journals of several runs name the same user).</summary>
    public static readonly UserId DemoUser = new(new Guid("9a7e0000-0000-4000-8000-000000000001"));

    /// <summary>The demo account's id.</summary>
    public static readonly AccountId DemoAccount = new(new Guid("9a7e0000-0000-4000-8000-000000000002"));

    private readonly DemoOptions _options;
    private readonly DemoVenue _venue;
    private readonly ILogger _log;
    private readonly CancellationTokenSource _stop = new();
    private Task? _traderLoop;

    private DemoRuntime(DemoOptions options, DemoVenue venue, Scanner scanner, AccountTrader trader, RuntimeMetrics metrics, ILogger log)
    {
        _options = options;
        _venue = venue;
        Scanner = scanner;
        Trader = trader;
        Metrics = metrics;
        _log = log;
    }

    /// <summary>The in-process simulator (tests read its own records).</summary>
    public SimulatorHost Simulator => _venue.Simulator;

    /// <summary>The demo account's adapter.</summary>
    public ISpotExchange Exchange => _venue.Exchange;

    /// <summary>The journal.</summary>
    public IJournal Journal => _venue.Journal;

    /// <summary>The exchange's scanner.</summary>
    public Scanner Scanner { get; }

    /// <summary>The demo account's trader.</summary>
    public AccountTrader Trader { get; }

    /// <summary>Counters for /metrics.</summary>
    public RuntimeMetrics Metrics { get; }

    /// <summary>Cycles run so far.</summary>
    public int Cycles { get; private set; }

    /// <summary>Starts the simulator, warms up the scanner, starts the trader and reconciles it with the exchange.</summary>
    public static async Task<Result<DemoRuntime>> StartAsync(DemoOptions options, ILoggerFactory logs, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logs);
        var log = logs.CreateLogger("qari");
        var started = await DemoVenue.StartAsync(options, logs, ct).ConfigureAwait(false);
        if (!started.IsSuccess) return started.Error!;
        var venue = started.Value;
        log.LogInformation("demo: simulator (Binance dialect) on {Url}, replaying {Symbols} from {Start:yyyy-MM-dd HH:mm} UTC, one 5m candle per {Speed} ms",
            venue.Simulator.BaseUrl, string.Join(", ", venue.Universe), DateTimeOffset.FromUnixTimeMilliseconds(venue.CloseMs), options.Speed.TotalMilliseconds);
        var metrics = new RuntimeMetrics { LimiterWaits = () => venue.Limits.Waits };
        var scanner = new Scanner(venue.Exchange, venue.Universe, new AnalysisCycle(scorer: options.MinScore is { } min
            ? new ConfluenceScorer(new ConfluenceSettings(Threshold: min, MinBullishLayers: 2))
            : null), log);
        if (options.MinScore is { } lowered)
            log.LogWarning("demo: confluence threshold lowered to {Score} (default 60) and 2 bullish layers (default 3) so the short demo history produces trades", lowered);
        var warm = await scanner.WarmUpAsync(venue.CloseMs, TimeSpan.FromDays(3), TimeSpan.FromDays(options.WarmUpDays), ct).ConfigureAwait(false);
        if (!warm.IsSuccess)
        {
            await venue.DisposeAsync().ConfigureAwait(false);
            return warm.Error!;
        }
        var profile = new AccountProfile(DemoAccount, DemoUser, Plan.SelfHosted, null, Waiver: false, AutoTrading: true, new HashSet<Symbol>());
        var gate = new RiskGate(new SingleNodeEntryLock());
        var engine = new TradingEngine(profile, TradingSettings.Default, PlanCaps.Default, gate);
        var notifier = options.Notifier is { } extra ? new CompositeNotifier(log, new LogNotifier(log), extra) : (INotifier)new LogNotifier(log);
        var context = new TraderContext(DemoAccount, "demo", venue.Exchange, engine, venue.Journal, metrics, venue.Simulator.State.Clock, notifier)
        {
            Rebuild = old => EngineRestorer.Rebuild(old, venue.Journal, profile, TradingSettings.Default, PlanCaps.Default, gate, thisRunOnly: true),
        };
        var trader = new AccountTrader(context, log);
        var runtime = new DemoRuntime(options, venue, scanner, trader, metrics, log);
        runtime._traderLoop = Task.Run(() => trader.RunAsync(runtime._stop.Token), CancellationToken.None);
        await trader.ReconcileAsync().ConfigureAwait(false);
        metrics.Ready = true;
        return runtime;
    }

    /// <summary>Replays candles, one cycle per close, until the data ends, <see cref="DemoOptions.MaxCycles"/> or cancellation.</summary>
    public async Task RunAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested && !Trader.Fenced && (_options.MaxCycles is not { } max || Cycles < max))
        {
            if (_venue.CloseMs + Timeframe.M5.Milliseconds() > _venue.EndMs)
            {
                _log.LogInformation("demo: the replay reached the end of the candle data");
                return;
            }
            var started = _options.WallClock.GetTimestamp();
            await StepAsync(ct).ConfigureAwait(false);
            var elapsed = _options.WallClock.GetElapsedTime(started);
            if (_options.Speed > elapsed)
            {
                try { await Task.Delay(_options.Speed - elapsed, _options.WallClock, ct).ConfigureAwait(false); }
                catch (OperationCanceledException) { return; }
            }
        }
    }

    /// <summary>One step: the next 5m candle closes on the simulator, the scanner runs a cycle, the trader acts on it.</summary>
    public Task StepAsync(CancellationToken ct) => StepAsync([], ct);

    /// <summary>One step with extra candidates added to the scan (tests drive the execution path with a known candidate); returns the scan.</summary>
    internal async Task<ScanResult> StepAsync(IReadOnlyList<TradeCandidate> extra, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var scan = await Scanner.OnCandleClosedAsync(_venue.Advance(), ct).ConfigureAwait(false);
        if (extra.Count > 0) scan = scan with { Candidates = [.. scan.Candidates, .. extra] };
        await Trader.CycleAsync(scan, new HashSet<Symbol>()).WaitAsync(ct).ConfigureAwait(false);
        Cycles++;
        if (Cycles % _options.ReconcileEvery == 0) await Trader.ReconcileAsync().WaitAsync(ct).ConfigureAwait(false);
        Metrics.CycleTook(watch.Elapsed);
        return scan;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        if (_traderLoop is not null) await _traderLoop.ConfigureAwait(false);
        await _venue.DisposeAsync().ConfigureAwait(false);
        _stop.Dispose();
    }
}
