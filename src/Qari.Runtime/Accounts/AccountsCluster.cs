using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Qari.Exchanges;
using Qari.Exchanges.Http;
using Qari.Model.Ids;
using Qari.Model.Results;
using Qari.Runtime.Grains;
using Qari.Runtime.Health;
using Qari.Runtime.Hosting;
using Qari.Runtime.Journal;
using Qari.Runtime.Live;
using Qari.Runtime.Ownership;

namespace Qari.Runtime.Accounts;

/// <summary>
/// <c>qari serve --accounts</c>: the connected accounts on the same Orleans silo as the demo (single node, or several
/// on PostgreSQL). Per exchange it polls the venue's clock and, when a 5m candle has closed there, tells that
/// exchange's scanner grain, which runs the cycle once and hands it to every account's trader grain. An account whose
/// trader cannot start (its key refused, its venue down) is logged and left out; the others trade.
/// </summary>
public sealed class AccountsCluster : IAsyncDisposable
{
    private readonly AccountsOptions _options;
    private readonly IHost _silo;
    private readonly HttpClient _http;
    private readonly RateLimitRegistry _limits;
    private readonly PostgresOwnershipStore? _ownership;
    private readonly TestCandidates? _hook;
    private readonly ILogger _log;
    private readonly List<AccountVenue> _running;

    private AccountsCluster(AccountsOptions options, IHost silo, HttpClient http, RateLimitRegistry limits, PostgresOwnershipStore? ownership, IJournal journal,
        AccountsComposition composition, TestCandidates? hook, ILogger log)
    {
        _options = options;
        _silo = silo;
        _http = http;
        _limits = limits;
        _ownership = ownership;
        Journal = journal;
        Composition = composition;
        _hook = hook;
        _log = log;
        _running = [.. composition.Venues];
    }

    /// <summary>The journal.</summary>
    public IJournal Journal { get; }

    /// <summary>What the grains are built from (venues, accounts).</summary>
    public AccountsComposition Composition { get; }

    /// <summary>Counters for /metrics.</summary>
    public RuntimeMetrics Metrics => Composition.Metrics;

    /// <summary>The accounts whose traders started.</summary>
    public IReadOnlyList<TradedAccount> Trading { get; private set; } = [];

    /// <summary>Cycles run so far (the most any exchange ran).</summary>
    public int Cycles => _running.Count == 0 ? 0 : _running.Max(v => v.Cycles);

    /// <summary>This node's silo address (as <see cref="TraderStatus.Silo"/> names it).</summary>
    public string SiloAddress => _silo.Services.GetRequiredService<ILocalSiloDetails>().SiloAddress.ToString();

    /// <summary>The silo's grains.</summary>
    public IGrainFactory Grains => _silo.Services.GetRequiredService<IGrainFactory>();

    /// <summary>
    /// Connects to each exchange (its server time), opens the journal, starts the silo, warms each exchange's scanner
    /// grain and activates each account's trader grain (journal restore, reconciliation with missing stops first).
    /// Fails when there is no account, or none could start.
    /// </summary>
    public static async Task<Result<AccountsCluster>> StartAsync(AccountsOptions options, IReadOnlyList<TradedAccount> accounts, QariSiloOptions silo,
        ILoggerFactory logs, CancellationToken ct = default, Action<ISiloBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(logs);
        if (accounts.Count == 0) return Error.Validation("accounts.none", "no connected account to trade");
        var log = logs.CreateLogger("qari");
        var loaded = LiveStartup.LoadHook(options.TestCandidatesFile, log);
        if (!loaded.IsSuccess) return loaded.Error!;
        var hook = loaded.Value;
        var http = LiveStartup.Http();
        var limits = new RateLimitRegistry(options.WallClock);
        var venues = await ConnectAsync(options, accounts, http, limits, logs, log, ct).ConfigureAwait(false);
        if (venues.Count == 0)
        {
            limits.Dispose();
            http.Dispose();
            return Error.Validation("accounts.venues", "no exchange of the connected accounts answered; see the log above");
        }
        var ownership = silo.MultiNode ? await PostgresOwnershipStore.OpenAsync(silo.PostgresConnectionString!, ct).ConfigureAwait(false) : null;
        var journal = await JournalLocation.FromEnvironment(options.DataDirectory, options.Environment)
            .OpenAsync(options.WallClock.GetUtcNow().ToUnixTimeMilliseconds(), ct).ConfigureAwait(false);
        var composition = new AccountsComposition(venues, options, journal, new RuntimeMetrics { LimiterWaits = () => limits.Waits }, hook, log, ownership);
        IHost host;
        try { host = await QariSilo.StartAsync(silo, composition, logs, ct, configure).ConfigureAwait(false); }
        catch
        {
            // A silo that cannot start (a port taken, the cluster database unreachable) leaves nothing open behind it.
            journal.Dispose();
            ownership?.Dispose();
            limits.Dispose();
            http.Dispose();
            throw;
        }
        log.LogInformation("accounts: Orleans silo up ({Mode}), {Accounts} account(s) on {Exchanges}", silo.MultiNode ? "cluster on PostgreSQL" : "single node on localhost",
            accounts.Count, string.Join(", ", venues.Select(v => v.Exchange)));
        var cluster = new AccountsCluster(options, host, http, limits, ownership, journal, composition, hook, log);
        await cluster.ActivateAsync(ct).ConfigureAwait(false);
        if (cluster.Trading.Count == 0)
        {
            await cluster.DisposeAsync().ConfigureAwait(false);
            return Error.Validation("accounts.none-started", "no connected account could start trading; see the log above");
        }
        composition.Metrics.Ready = true;
        return cluster;
    }

    /// <summary>Runs a cycle on each exchange whenever its clock shows a newly closed 5m candle, until cancelled or <see cref="AccountsOptions.MaxCycles"/>.</summary>
    public async Task RunAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested && _running.Count > 0)
        {
            if (_options.MaxCycles is { } max && _running.All(v => v.Cycles >= max)) return;
            var progressed = false;
            foreach (var venue in _running)
            {
                if (_options.MaxCycles is { } limit && venue.Cycles >= limit) continue;
                progressed |= await StepAsync(venue, ct).ConfigureAwait(false);
            }
            if (progressed) continue;
            try { await Task.Delay(_options.Poll, _options.WallClock, ct).ConfigureAwait(false); }
            catch (OperationCanceledException) { return; }
        }
    }

    /// <summary>Polls every exchange's clock once and runs the cycles that are due; true when one ran (tests step with it).</summary>
    internal async Task<bool> PollOnceAsync(CancellationToken ct)
    {
        var progressed = false;
        foreach (var venue in _running) progressed |= await StepAsync(venue, ct).ConfigureAwait(false);
        return progressed;
    }

    // One poll of the venue's clock; a cycle when a new 5m candle closed there. False when nothing was due.
    private async Task<bool> StepAsync(AccountVenue venue, CancellationToken ct)
    {
        var now = await venue.Public.GetServerTimeAsync(ct).ConfigureAwait(false);
        if (!now.IsSuccess) return false;
        venue.Clock.Observe(now.Value);
        var close = LiveStartup.LastClose(now.Value.ToUnixTimeMilliseconds());
        if (close <= venue.CloseMs) return false;
        venue.CloseMs = close;
        try
        {
            var extra = await HookAsync(venue, close, ct).ConfigureAwait(false);
            var report = await Grains.GetGrain<IScannerGrain>(GrainKeys.Scanner(venue.Exchange)).CandleClosedAsync(close, extra).WaitAsync(ct).ConfigureAwait(false);
            venue.Cycles++;
            foreach (var missed in report.Accounts.Where(a => a.Failure is not null))
                _log.LogWarning("{Exchange}: cycle {Close} missed account {Account}: {Error}", venue.Exchange, close, missed.Account, missed.Failure);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            // A scanner that cannot run (its venue down at warm-up) tries again at the next close.
            _log.LogWarning("{Exchange}: cycle {Close} did not run: {Error}", venue.Exchange, close, ex.Message);
        }
        return true;
    }

    // TEST HOOK: known candidates around the venue's last prices on the hook's cycles.
    private async Task<IReadOnlyList<CandidateDto>> HookAsync(AccountVenue venue, long close, CancellationToken ct)
    {
        if (_hook is null) return [];
        var tickers = await venue.Public.GetTickersAsync(ct).ConfigureAwait(false);
        if (!tickers.IsSuccess) return [];
        var prices = tickers.Value.Where(t => t.Last > 0m).ToDictionary(t => t.Symbol, t => t.Last);
        return [.. _hook.For(close, prices).Select(ScanMapper.ToDto)];
    }

    private static async Task<List<AccountVenue>> ConnectAsync(AccountsOptions options, IReadOnlyList<TradedAccount> accounts, HttpClient http, RateLimitRegistry limits,
        ILoggerFactory logs, ILogger log, CancellationToken ct)
    {
        var venues = new List<AccountVenue>();
        foreach (var group in accounts.GroupBy(a => a.Exchange).OrderBy(g => g.Key))
        {
            var url = options.BaseUrls.TryGetValue(group.Key, out var configured) ? configured : SpotExchangeFactory.DefaultBaseUrl(group.Key);
            var pipeline = LiveStartup.Pipeline(group.Key, url, http, limits, options.ClockResync, options.WallClock, logs);
            var time = await LiveStartup.RetryAsync(SpotExchangeFactory.Create(pipeline, null).GetServerTimeAsync, options.WallClock, log, $"{group.Key} server time", ct).ConfigureAwait(false);
            if (!time.IsSuccess)
            {
                log.LogError("{Exchange} at {Url} did not answer ({Error}): its {Count} account(s) are not traded this run", group.Key, url, time.Error!.Message, group.Count());
                continue;
            }
            venues.Add(new AccountVenue(group.Key, url, pipeline, group, time.Value));
        }
        return venues;
    }

    // Scanner grains first (a trader's first cycle needs one), then each trader: claim, restore, reconcile.
    private async Task ActivateAsync(CancellationToken ct)
    {
        var trading = new List<TradedAccount>();
        foreach (var venue in _running.ToList())
        {
            try
            {
                await Grains.GetGrain<IScannerGrain>(GrainKeys.Scanner(venue.Exchange)).WarmUpAsync(venue.CloseMs).WaitAsync(ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
            {
                _log.LogError("{Exchange}: scanner could not warm up ({Error}); its accounts are not traded this run", venue.Exchange, ex.Message);
                _running.Remove(venue);
                continue;
            }
            foreach (var account in venue.Accounts)
            {
                try
                {
                    var status = await Grains.GetGrain<ITraderGrain>(GrainKeys.Trader(account.Account)).StartAsync().WaitAsync(ct).ConfigureAwait(false);
                    trading.Add(account);
                    _log.LogInformation("{Account}: trading (epoch {Epoch}, {Open} open trade(s){Degraded})", account, status.Epoch, status.OpenTrades,
                        status.Degraded ? ", DEGRADED: entries blocked" : "");
                }
                catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
                {
                    _log.LogError("{Account}: not started: {Error}", account, ex.Message);
                }
            }
        }
        Trading = trading;
    }

    /// <summary>Stops the silo at once, as a crashed node would (no graceful hand-over), and releases the rest; tests use it instead of disposing.</summary>
    internal async Task KillAsync()
    {
        try { await _silo.StopAsync(new CancellationToken(canceled: true)).ConfigureAwait(false); }
        catch (OperationCanceledException)
        {
            // The abrupt stop is the point.
        }
        finally
        {
            Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        // Graceful first; a turn stuck on a venue must not hold the exit.
        using var bounded = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try { await _silo.StopAsync(bounded.Token).ConfigureAwait(false); }
        finally
        {
            Release();
        }
    }

    private void Release()
    {
        _silo.Dispose();
        Journal.Dispose();
        _ownership?.Dispose();
        _limits.Dispose();
        _http.Dispose();
    }
}
