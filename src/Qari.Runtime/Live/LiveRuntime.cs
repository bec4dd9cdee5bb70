using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Qari.Analysis.Confluence;
using Qari.Analysis.Engine;
using Qari.Exchanges;
using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Http;
using Qari.Model.Ids;
using Qari.Model.Instruments;
using Qari.Model.Market;
using Qari.Model.Results;
using Qari.Runtime.Health;
using Qari.Runtime.Journal;
using Qari.Runtime.Notifications;
using Qari.Runtime.Scanning;
using Qari.Runtime.Trading;
using Qari.Trading.Engine;
using Qari.Trading.Risk;

namespace Qari.Runtime.Live;

/// <summary>
/// <c>qari serve --exchange-url</c>: one account on an external exchange (or a <c>qari simulator</c> process). At
/// start the account's engine is rebuilt from its journal, reconciled with the venue (missing stops first) and told
/// it restarted; then the runtime polls the venue's clock and runs one cycle whenever a new 5m candle has closed —
/// no timer inside the engine, so a real exchange and an accelerated simulator drive it the same way.
/// </summary>
public sealed class LiveRuntime : IAsyncDisposable
{
    private static readonly long M5 = Timeframe.M5.Milliseconds();
    private readonly LiveOptions _options;
    private readonly HttpClient _http;
    private readonly RateLimitRegistry _limits;
    private readonly VenueClock _clock;
    private readonly TestCandidates? _hook;
    private readonly ILogger _log;
    private readonly CancellationTokenSource _stop = new();
    private Task? _traderLoop;
    private long _closeMs;

    private LiveRuntime(LiveOptions options, HttpClient http, RateLimitRegistry limits, VenueClock clock, ISpotExchange exchange, JournalStore journal,
        Scanner scanner, AccountTrader trader, RuntimeMetrics metrics, TestCandidates? hook, ILogger log, long closeMs)
    {
        _options = options;
        _http = http;
        _limits = limits;
        _clock = clock;
        Exchange = exchange;
        Journal = journal;
        Scanner = scanner;
        Trader = trader;
        Metrics = metrics;
        _hook = hook;
        _log = log;
        _closeMs = closeMs;
    }

    /// <summary>The account's adapter.</summary>
    public ISpotExchange Exchange { get; }

    /// <summary>The journal.</summary>
    public JournalStore Journal { get; }

    /// <summary>The scanner.</summary>
    public Scanner Scanner { get; }

    /// <summary>The account's trader.</summary>
    public AccountTrader Trader { get; }

    /// <summary>Counters for /metrics.</summary>
    public RuntimeMetrics Metrics { get; }

    /// <summary>Cycles run by this process.</summary>
    public int Cycles { get; private set; }

    /// <summary>The account id a key on an exchange trades as (stable across restarts, so the journal is found again).</summary>
    public static AccountId AccountFor(ExchangeId exchange, string keyId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"qari-live|{exchange}|{keyId}"));
        return new AccountId(new Guid(hash.AsSpan(0, 16)));
    }

    /// <summary>The account profile live mode trades with (self-hosted, auto-trading on, no user blacklist).</summary>
    public static AccountProfile ProfileFor(AccountId account) =>
        new(account, new UserId(account.Value), Plan.SelfHosted, null, Waiver: false, AutoTrading: true, new HashSet<Symbol>());

    /// <summary>Connects, restores the engine from the journal, warms up the scanner, and recovers the trader against the venue.</summary>
    public static async Task<Result<LiveRuntime>> StartAsync(LiveOptions options, IExchangeCredentials credentials, ILoggerFactory logs, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logs);
        var log = logs.CreateLogger("qari");
        TestCandidates? hook = null;
        if (options.TestCandidatesFile is { } file)
        {
            var loaded = TestCandidates.Load(file);
            if (!loaded.IsSuccess) return loaded.Error!;
            hook = loaded.Value;
            log.LogWarning("TEST HOOK: known candidates for {Symbols} are injected from {File} (tests only, never real money)", string.Join(", ", hook.Symbols), file);
        }
        var http = new HttpClient();
        var limits = new RateLimitRegistry(options.WallClock);
        var httpOptions = new ExchangeHttpOptions(options.BaseUrl) { ClockResyncInterval = options.ClockResync, ClockSamples = options.ClockResync == TimeSpan.Zero ? 1 : 3 };
        var pipeline = SpotExchangeFactory.CreateHttpClient(options.Exchange, http, httpOptions, limits, options.WallClock, logs.CreateLogger("qari.http"));
        var exchange = SpotExchangeFactory.Create(pipeline, credentials);
        var account = AccountFor(options.Exchange, options.KeyId);
        var journal = JournalStore.Open(options.DataDirectory, options.WallClock.GetUtcNow().ToUnixTimeMilliseconds());
        var started = await ConnectAsync(options, exchange, journal, account, hook, log, ct).ConfigureAwait(false);
        if (!started.IsSuccess)
        {
            journal.Dispose();
            limits.Dispose();
            http.Dispose();
            return started.Error!;
        }
        var (clock, scanner, engine, replayed, closeMs) = started.Value;
        var metrics = new RuntimeMetrics { LimiterWaits = () => limits.Waits };
        var context = new TraderContext(account, options.Exchange.ToString().ToLowerInvariant(), exchange, engine, journal, metrics, clock, new LogNotifier(log));
        var trader = new AccountTrader(context, log);
        var runtime = new LiveRuntime(options, http, limits, clock, exchange, journal, scanner, trader, metrics, hook, log, closeMs);
        runtime._traderLoop = Task.Run(() => trader.RunAsync(runtime._stop.Token), CancellationToken.None);
        log.LogInformation("live: {Exchange} at {Url}, account {Account}: engine restored from {Inputs} journaled inputs, {Open} open trade(s); reconciling",
            options.Exchange, options.BaseUrl, account, replayed, engine.ActiveTrades.Count);
        await trader.RecoverAsync().WaitAsync(ct).ConfigureAwait(false);
        metrics.Ready = true;
        return runtime;
    }

    /// <summary>Polls the venue's clock and runs a cycle for each newly closed 5m candle, until cancelled, fenced or <see cref="LiveOptions.MaxCycles"/>.</summary>
    public async Task RunAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested && !Trader.Fenced && (_options.MaxCycles is not { } max || Cycles < max))
        {
            var now = await Exchange.GetServerTimeAsync(ct).ConfigureAwait(false);
            if (now.IsSuccess)
            {
                _clock.Observe(now.Value);
                var close = LastClose(now.Value.ToUnixTimeMilliseconds());
                if (close > _closeMs)
                {
                    _closeMs = close;
                    await CycleAsync(ct).ConfigureAwait(false);
                    continue;
                }
            }
            try { await Task.Delay(_options.Poll, _options.WallClock, ct).ConfigureAwait(false); }
            catch (OperationCanceledException) { return; }
        }
    }

    private async Task CycleAsync(CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var scan = await Scanner.OnCandleClosedAsync(_closeMs, ct).ConfigureAwait(false);
        if (_hook is not null) scan = _hook.Apply(scan);
        await Trader.CycleAsync(scan, new HashSet<Symbol>()).WaitAsync(ct).ConfigureAwait(false);
        Cycles++;
        if (!Trader.Reconciled || Cycles % _options.ReconcileEvery == 0) await Trader.ReconcileAsync().WaitAsync(ct).ConfigureAwait(false);
        Metrics.CycleTook(watch.Elapsed);
    }

    // The close (last millisecond) of the newest 5m candle that has closed by venue time nowMs.
    private static long LastClose(long nowMs) => (nowMs + 1) / M5 * M5 - 1;

    private static async Task<Result<(VenueClock, Scanner, TradingEngine, int, long)>> ConnectAsync(LiveOptions options, ISpotExchange exchange, JournalStore journal,
        AccountId account, TestCandidates? hook, ILogger log, CancellationToken ct)
    {
        var profile = ProfileFor(account);
        var restored = EngineRestorer.Restore(journal, profile, TradingSettings.Default, PlanCaps.Default, new RiskGate(new SingleNodeEntryLock()));
        if (!restored.IsSuccess) return restored.Error!;
        var time = await Retry(exchange.GetServerTimeAsync, options, log, "server time", ct).ConfigureAwait(false);
        if (!time.IsSuccess) return time.Error!;
        var closeMs = LastClose(time.Value.ToUnixTimeMilliseconds());
        var universe = options.Symbols;
        if (universe is null)
        {
            var instruments = await Retry(exchange.GetInstrumentsAsync, options, log, "instruments", ct).ConfigureAwait(false);
            if (!instruments.IsSuccess) return instruments.Error!;
            universe = [.. instruments.Value.Where(i => i.Symbol.Quote == "USDT" && i.Status == TradingStatus.Trading).Select(i => i.Symbol).OrderBy(s => s.ToString(), StringComparer.Ordinal)];
        }
        if (hook is not null) universe = [.. universe.Union(hook.Symbols)];
        var scanner = new Scanner(exchange, universe, new AnalysisCycle(scorer: options.MinScore is { } min
            ? new ConfluenceScorer(new ConfluenceSettings(Threshold: min, MinBullishLayers: 2))
            : null), log);
        var warm = await Retry(c => scanner.WarmUpAsync(closeMs, TimeSpan.FromDays(3), TimeSpan.FromDays(30), c), options, log, "scanner warm-up", ct).ConfigureAwait(false);
        if (!warm.IsSuccess) return warm.Error!;
        return (new VenueClock(time.Value), scanner, restored.Value.Engine, restored.Value.Replayed, closeMs);
    }

    // Start-up reads may meet an exchange that is briefly down or rate limiting: a few patient attempts, then give up.
    private static async Task<Result<T>> Retry<T>(Func<CancellationToken, Task<Result<T>>> call, LiveOptions options, ILogger log, string what, CancellationToken ct)
    {
        Result<T> last = Error.Validation("live.start", $"{what}: not attempted");
        for (var attempt = 1; attempt <= 30 && !ct.IsCancellationRequested; attempt++)
        {
            last = await call(ct).ConfigureAwait(false);
            if (last.IsSuccess) return last;
            log.LogWarning("live: {What} failed (attempt {Attempt}): {Error}", what, attempt, last.Error!.Message);
            try { await Task.Delay(TimeSpan.FromMilliseconds(200 * Math.Min(attempt, 10)), options.WallClock, ct).ConfigureAwait(false); }
            catch (OperationCanceledException) { break; }
        }
        return last;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        if (_traderLoop is not null) await _traderLoop.ConfigureAwait(false);
        Journal.Dispose();
        _limits.Dispose();
        _http.Dispose();
        _stop.Dispose();
    }
}
