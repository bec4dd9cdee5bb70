using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Qari.Exchanges;
using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Http;
using Qari.Model.Ids;
using Qari.Model.Results;
using Qari.Runtime.Health;
using Qari.Runtime.Journal;
using Qari.Runtime.Notifications;
using Qari.Runtime.Scanning;
using Qari.Runtime.Trading;
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
    private readonly LiveOptions _options;
    private readonly HttpClient _http;
    private readonly RateLimitRegistry _limits;
    private readonly VenueClock _clock;
    private readonly TestCandidates? _hook;
    private readonly ILogger _log;
    private readonly CancellationTokenSource _stop = new();
    private Task? _traderLoop;
    private long _closeMs;

    private LiveRuntime(LiveOptions options, HttpClient http, RateLimitRegistry limits, VenueClock clock, ISpotExchange exchange, IJournal journal,
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
    public IJournal Journal { get; }

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
    public static AccountProfile ProfileFor(AccountId account) => LiveStartup.ProfileFor(account);

    /// <summary>Connects, restores the engine from the journal, warms up the scanner, and recovers the trader against the venue.</summary>
    public static async Task<Result<LiveRuntime>> StartAsync(LiveOptions options, IExchangeCredentials credentials, ILoggerFactory logs, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logs);
        var log = logs.CreateLogger("qari");
        var loaded = LiveStartup.LoadHook(options.TestCandidatesFile, log);
        if (!loaded.IsSuccess) return loaded.Error!;
        var hook = loaded.Value;
        var http = LiveStartup.Http();
        var limits = new RateLimitRegistry(options.WallClock);
        var exchange = SpotExchangeFactory.Create(LiveStartup.Pipeline(options.Exchange, options.BaseUrl, http, limits, options.ClockResync, options.WallClock, logs), credentials);
        var account = AccountFor(options.Exchange, options.KeyId);
        var journal = await JournalLocation.FromEnvironment(options.DataDirectory, Environment.GetEnvironmentVariable)
            .OpenAsync(options.WallClock.GetUtcNow().ToUnixTimeMilliseconds(), ct).ConfigureAwait(false);
        var metrics = new RuntimeMetrics { LimiterWaits = () => limits.Waits };
        var started = await ConnectAsync(options, exchange, journal, metrics, account, hook, log, ct).ConfigureAwait(false);
        if (!started.IsSuccess)
        {
            journal.Dispose();
            limits.Dispose();
            http.Dispose();
            return started.Error!;
        }
        var (clock, scanner, trader, replayed, closeMs) = started.Value;
        var runtime = new LiveRuntime(options, http, limits, clock, exchange, journal, scanner, trader, metrics, hook, log, closeMs);
        runtime._traderLoop = Task.Run(() => trader.RunAsync(runtime._stop.Token), CancellationToken.None);
        log.LogInformation("live: {Exchange} at {Url}, account {Account}: engine restored from {Inputs} journaled inputs, {Open} open trade(s); reconciling",
            options.Exchange, options.BaseUrl, account, replayed, trader.Engine.ActiveTrades.Count);
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

    private static long LastClose(long nowMs) => LiveStartup.LastClose(nowMs);

    private static async Task<Result<(VenueClock, Scanner, AccountTrader, int, long)>> ConnectAsync(LiveOptions options, ISpotExchange exchange, IJournal journal,
        RuntimeMetrics metrics, AccountId account, TestCandidates? hook, ILogger log, CancellationToken ct)
    {
        var time = await LiveStartup.RetryAsync(exchange.GetServerTimeAsync, options.WallClock, log, "server time", ct).ConfigureAwait(false);
        if (!time.IsSuccess) return time.Error!;
        var clock = new VenueClock(time.Value);
        var trader = LiveStartup.RestoreTrader(account, options.Exchange.ToString().ToLowerInvariant(), exchange, journal, metrics, clock, new LogNotifier(log), log);
        if (!trader.IsSuccess) return trader.Error!;
        var closeMs = LastClose(time.Value.ToUnixTimeMilliseconds());
        var universe = await LiveStartup.UniverseAsync(exchange, options.Symbols, hook, options.WallClock, log, ct).ConfigureAwait(false);
        if (!universe.IsSuccess) return universe.Error!;
        var scanner = await LiveStartup.WarmScannerAsync(exchange, universe.Value, options.MinScore, closeMs, options.WallClock, log, ct).ConfigureAwait(false);
        if (!scanner.IsSuccess) return scanner.Error!;
        return (clock, scanner.Value, trader.Value.Trader, trader.Value.Replayed, closeMs);
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
