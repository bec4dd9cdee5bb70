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
using Qari.Runtime.Ownership;
using Qari.Runtime.Scanning;
using Qari.Runtime.Trading;
using Qari.Trading.Engine;
using Qari.Trading.Risk;

namespace Qari.Runtime.Live;

/// <summary>
/// The start-up steps every runtime on a real venue shares (<see cref="LiveRuntime"/> for one account,
/// <c>Accounts/AccountsComposition</c> for the vault's accounts): the signed HTTP pipeline, patient start-up reads,
/// the universe, a warmed scanner, and a trader whose engine is rebuilt from the journal. Kept in one place so both
/// paths restore and reconcile the same way.
/// </summary>
public static class LiveStartup
{
    private static readonly long M5 = Timeframe.M5.Milliseconds();

    /// <summary>The close (last millisecond) of the newest 5m candle that has closed by venue time <paramref name="nowMs"/>.</summary>
    public static long LastClose(long nowMs) => (nowMs + 1) / M5 * M5 - 1;

    /// <summary>
    /// The HTTP client for exchange calls. Bounded per host: thousands of traders fanning out to one exchange would
    /// otherwise open thousands of sockets (the default handler has no per-server limit); pooled connections are
    /// recycled so a DNS change of the exchange's endpoint is picked up.
    /// </summary>
    public static HttpClient Http() => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = 64,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
    });

    /// <summary>The exchange's HTTP pipeline (signing, clock sync every <paramref name="clockResync"/>, zero: before every signed call).</summary>
    public static ExchangeHttpClient Pipeline(ExchangeId exchange, Uri baseUrl, HttpClient http, RateLimitRegistry limits, TimeSpan clockResync, TimeProvider wall, ILoggerFactory logs)
    {
        ArgumentNullException.ThrowIfNull(logs);
        var options = new ExchangeHttpOptions(baseUrl) { ClockResyncInterval = clockResync, ClockSamples = clockResync == TimeSpan.Zero ? 1 : 3 };
        return SpotExchangeFactory.CreateHttpClient(exchange, http, options, limits, wall, logs.CreateLogger("qari.http"));
    }

    /// <summary>The test hook from <paramref name="file"/> (null when none is given), announced as a warning.</summary>
    public static Result<TestCandidates?> LoadHook(string? file, ILogger log)
    {
        if (file is null) return Result<TestCandidates?>.Ok(null);
        var loaded = TestCandidates.Load(file);
        if (!loaded.IsSuccess) return loaded.Error!;
        log.LogWarning("TEST HOOK: known candidates for {Symbols} are injected from {File} (tests only, never real money)", string.Join(", ", loaded.Value.Symbols), file);
        return loaded.Value;
    }

    /// <summary>The account profile a self-hosted runtime trades with (auto-trading on, no user blacklist, no plan limits).</summary>
    public static AccountProfile ProfileFor(AccountId account) =>
        new(account, new UserId(account.Value), Plan.SelfHosted, null, Waiver: false, AutoTrading: true, new HashSet<Symbol>());

    /// <summary>
    /// A trader for <paramref name="account"/> whose engine is rebuilt from everything its journal holds (a fresh
    /// engine when nothing was journaled); not started. Returns it with the number of inputs replayed.
    /// </summary>
    public static Result<(AccountTrader Trader, int Replayed)> RestoreTrader(AccountId account, string name, ISpotExchange exchange, IJournal journal,
        RuntimeMetrics metrics, TimeProvider clock, INotifier notifier, ILogger log, IOwnershipStore? ownership = null)
    {
        var profile = ProfileFor(account);
        var gate = new RiskGate(new SingleNodeEntryLock());
        var restored = EngineRestorer.Restore(journal, profile, TradingSettings.Default, PlanCaps.Default, gate);
        if (!restored.IsSuccess) return restored.Error!;
        var context = new TraderContext(account, name, exchange, restored.Value.Engine, journal, metrics, clock, notifier)
        {
            Ownership = ownership ?? journal.Ownership,
            Rebuild = old => EngineRestorer.Rebuild(old, journal, profile, TradingSettings.Default, PlanCaps.Default, gate),
        };
        return (new AccountTrader(context, log), restored.Value.Replayed);
    }

    /// <summary>The symbols to scan: <paramref name="symbols"/>, else every USDT market the venue lists as trading; plus the test hook's.</summary>
    public static async Task<Result<IReadOnlyList<Symbol>>> UniverseAsync(ISpotExchange exchange, IReadOnlyList<Symbol>? symbols, TestCandidates? hook,
        TimeProvider wall, ILogger log, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        var universe = symbols;
        if (universe is null)
        {
            var instruments = await RetryAsync(exchange.GetInstrumentsAsync, wall, log, $"{exchange.Exchange} instruments", ct).ConfigureAwait(false);
            if (!instruments.IsSuccess) return instruments.Error!;
            universe = [.. instruments.Value.Where(i => i.Symbol.Quote == "USDT" && i.Status == TradingStatus.Trading).Select(i => i.Symbol).OrderBy(s => s.ToString(), StringComparer.Ordinal)];
        }
        if (hook is not null) universe = [.. universe.Union(hook.Symbols)];
        return Result<IReadOnlyList<Symbol>>.Ok(universe);
    }

    /// <summary>A scanner over <paramref name="universe"/> warmed with the history closed by <paramref name="closeMs"/> (3 days of 5m, 30 of the rest).</summary>
    public static async Task<Result<Scanner>> WarmScannerAsync(ISpotExchange exchange, IReadOnlyList<Symbol> universe, double? minScore, long closeMs,
        TimeProvider wall, ILogger log, CancellationToken ct)
    {
        var scanner = new Scanner(exchange, universe, new AnalysisCycle(scorer: minScore is { } min
            ? new ConfluenceScorer(new ConfluenceSettings(Threshold: min, MinBullishLayers: 2))
            : null), log);
        var warm = await RetryAsync(c => scanner.WarmUpAsync(closeMs, TimeSpan.FromDays(3), TimeSpan.FromDays(30), c), wall, log, $"{exchange.Exchange} scanner warm-up", ct).ConfigureAwait(false);
        return warm.IsSuccess ? scanner : warm.Error!;
    }

    /// <summary>Start-up reads may meet an exchange that is briefly down or rate limiting: up to 30 patient attempts, then the last error.</summary>
    public static async Task<Result<T>> RetryAsync<T>(Func<CancellationToken, Task<Result<T>>> call, TimeProvider wall, ILogger log, string what, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(call);
        Result<T> last = Error.Validation("live.start", $"{what}: not attempted");
        for (var attempt = 1; attempt <= 30 && !ct.IsCancellationRequested; attempt++)
        {
            last = await call(ct).ConfigureAwait(false);
            if (last.IsSuccess) return last;
            log.LogWarning("live: {What} failed (attempt {Attempt}): {Error}", what, attempt, last.Error!.Message);
            // An invalid key or a refused permission does not heal by waiting.
            if (last.Error!.Kind is ErrorKind.InvalidKey or ErrorKind.PermissionDenied or ErrorKind.IpNotAllowed) break;
            try { await Task.Delay(TimeSpan.FromMilliseconds(200 * Math.Min(attempt, 10)), wall, ct).ConfigureAwait(false); }
            catch (OperationCanceledException) { break; }
        }
        return last;
    }
}
