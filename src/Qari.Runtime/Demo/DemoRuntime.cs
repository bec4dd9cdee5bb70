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

    private static readonly long M5 = Timeframe.M5.Milliseconds();
    private readonly DemoOptions _options;
    private readonly ILogger _log;
    private readonly HttpClient _http;
    private readonly RateLimitRegistry _limits;
    private readonly InMemoryCredentials _key;
    private readonly CancellationTokenSource _stop = new();
    private Task? _traderLoop;
    private long _closeMs;

    private DemoRuntime(DemoOptions options, SimulatorHost simulator, HttpClient http, RateLimitRegistry limits, InMemoryCredentials key,
        ISpotExchange exchange, JournalStore journal, Scanner scanner, AccountTrader trader, RuntimeMetrics metrics, ILogger log, long closeMs)
    {
        _options = options;
        Simulator = simulator;
        _http = http;
        _limits = limits;
        _key = key;
        Exchange = exchange;
        Journal = journal;
        Scanner = scanner;
        Trader = trader;
        Metrics = metrics;
        _log = log;
        _closeMs = closeMs;
    }

    /// <summary>The in-process simulator (tests read its own records).</summary>
    public SimulatorHost Simulator { get; }

    /// <summary>The demo account's adapter.</summary>
    public ISpotExchange Exchange { get; }

    /// <summary>The journal.</summary>
    public JournalStore Journal { get; }

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
        var library = CandleLibrary.Load(options.CandleDirectory);
        if (!library.IsSuccess) return library.Error!;
        var universe = library.Value.Symbols;
        if (universe.Count == 0) return Error.Validation("demo.data", $"{options.CandleDirectory}: no candle files");
        var firstOpen = universe.Max(s => library.Value.Finest(s).Candles[0].OpenTimeMs);
        var startOpen = Timeframe.M5.FloorMs(firstOpen + options.WarmUpDays * 86_400_000L);
        // The clock stands at the last millisecond of a candle: that candle has been played, the next has not.
        var closeMs = startOpen + M5 - 1;
        var start = DateTimeOffset.FromUnixTimeMilliseconds(closeMs);
        var sim = await SimulatorHost.StartAsync(new SimulatorOptions
        {
            Port = 0, Candles = library.Value, Time = new FrozenTime(options.WallClock.GetUtcNow()), Start = start, Seed = DemoSeed.Create(),
        }, ct).ConfigureAwait(false);
        if (!sim.IsSuccess) return sim.Error!;
        var host = sim.Value;
        host.State.Feed.PlayUntil(host.State.NowMs);

        var http = new HttpClient();
        var limits = new RateLimitRegistry(host.State.Clock);
        var key = new InMemoryCredentials(DemoSeed.KeyId, DemoSeed.Secret);
        var pipeline = SpotExchangeFactory.CreateHttpClient(ExchangeId.Binance, http, new ExchangeHttpOptions(host.BaseUrl), limits, host.State.Clock, logs.CreateLogger("qari.http"));
        var exchange = SpotExchangeFactory.Create(pipeline, key);
        log.LogInformation("demo: simulator (Binance dialect) on {Url}, replaying {Symbols} from {Start:yyyy-MM-dd HH:mm} UTC, one 5m candle per {Speed} ms",
            host.BaseUrl, string.Join(", ", universe), start, options.Speed.TotalMilliseconds);

        var journal = JournalStore.Open(options.DataDirectory, options.WallClock.GetUtcNow().ToUnixTimeMilliseconds());
        var metrics = new RuntimeMetrics();
        var scanner = new Scanner(exchange, universe, new AnalysisCycle(scorer: options.MinScore is { } min
            ? new ConfluenceScorer(new ConfluenceSettings(Threshold: min, MinBullishLayers: 2))
            : null), log);
        if (options.MinScore is { } lowered)
            log.LogWarning("demo: confluence threshold lowered to {Score} (default 60) and 2 bullish layers (default 3) so the short demo history produces trades", lowered);
        var warm = await scanner.WarmUpAsync(closeMs, TimeSpan.FromDays(3), TimeSpan.FromDays(options.WarmUpDays), ct).ConfigureAwait(false);
        if (!warm.IsSuccess)
        {
            journal.Dispose();
            await host.DisposeAsync().ConfigureAwait(false);
            return warm.Error!;
        }
        var profile = new AccountProfile(DemoAccount, DemoUser, Plan.SelfHosted, null, Waiver: false, AutoTrading: true, new HashSet<Symbol>());
        var engine = new TradingEngine(profile, TradingSettings.Default, PlanCaps.Default, new RiskGate(new SingleNodeEntryLock()));
        var context = new TraderContext(DemoAccount, "demo", exchange, engine, journal, metrics, host.State.Clock, options.Notifier is { } extra ? new CompositeNotifier(log, new LogNotifier(log), extra) : new LogNotifier(log));
        var trader = new AccountTrader(context, log);
        var runtime = new DemoRuntime(options, host, http, limits, key, exchange, journal, scanner, trader, metrics, log, closeMs);
        runtime._traderLoop = Task.Run(() => trader.RunAsync(runtime._stop.Token), CancellationToken.None);
        await trader.ReconcileAsync().ConfigureAwait(false);
        metrics.Ready = true;
        return runtime;
    }

    /// <summary>Replays candles, one cycle per close, until the data ends, <see cref="DemoOptions.MaxCycles"/> or cancellation.</summary>
    public async Task RunAsync(CancellationToken ct)
    {
        var end = Simulator.State.Feed.Library.Symbols.Min(s => Simulator.State.Feed.Library.Finest(s).Candles[^1].OpenTimeMs) + M5 - 1;
        while (!ct.IsCancellationRequested && !Trader.Fenced && (_options.MaxCycles is not { } max || Cycles < max))
        {
            if (_closeMs + M5 > end)
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
        Simulator.State.Clock.Advance(TimeSpan.FromMilliseconds(M5));
        _closeMs += M5;
        Simulator.State.Feed.PlayUntil(Simulator.State.NowMs);
        var scan = await Scanner.OnCandleClosedAsync(_closeMs, ct).ConfigureAwait(false);
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
        Journal.Dispose();
        await Simulator.DisposeAsync().ConfigureAwait(false);
        _limits.Dispose();
        _http.Dispose();
        _key.Dispose();
        _stop.Dispose();
    }
}
