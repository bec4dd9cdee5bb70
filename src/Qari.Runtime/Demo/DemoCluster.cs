using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Qari.Model.Ids;
using Qari.Model.Market;
using Qari.Model.Results;
using Qari.Runtime.Grains;
using Qari.Runtime.Health;
using Qari.Runtime.Hosting;

namespace Qari.Runtime.Demo;

/// <summary>
/// The self-hosted demo on Orleans: the demo venue (in-process simulator, SQLite journal), a localhost silo hosting
/// the Binance scanner grain and the demo account's trader grain, and the replay driver telling the scanner grain
/// each time a 5m candle closed. What it logs and journals is what <see cref="DemoRuntime"/> does without Orleans.
/// </summary>
public sealed class DemoCluster : IAsyncDisposable
{
    private static readonly long M5 = Timeframe.M5.Milliseconds();
    private readonly DemoOptions _options;
    private readonly IHost _silo;
    private readonly ILogger _log;

    private DemoCluster(DemoOptions options, DemoVenue venue, IHost silo, RuntimeMetrics metrics, ILogger log)
    {
        _options = options;
        Venue = venue;
        _silo = silo;
        Metrics = metrics;
        _log = log;
    }

    /// <summary>The simulator and journal.</summary>
    public DemoVenue Venue { get; }

    /// <summary>Counters for /metrics.</summary>
    public RuntimeMetrics Metrics { get; }

    /// <summary>Cycles run so far.</summary>
    public int Cycles { get; private set; }

    /// <summary>The silo's grains.</summary>
    public IGrainFactory Grains => _silo.Services.GetRequiredService<IGrainFactory>();

    private IScannerGrain Scanner => Grains.GetGrain<IScannerGrain>(GrainKeys.Scanner(ExchangeId.Binance));

    /// <summary>Starts the venue and a single-node silo, warms the scanner grain and activates the demo trader (claim, reconcile).</summary>
    public static async Task<Result<DemoCluster>> StartAsync(DemoOptions options, QariSiloOptions silo, ILoggerFactory logs, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(logs);
        // Each node would replay its own in-process simulator: a trader moving between nodes would meet another venue.
        if (silo.MultiNode) return Error.Validation("demo.cluster", $"the demo runs on one node (its simulator is in-process); unset {QariSiloOptions.PostgresVariable} to run it");
        var log = logs.CreateLogger("qari");
        var started = await DemoVenue.StartAsync(options, logs, ct).ConfigureAwait(false);
        if (!started.IsSuccess) return started.Error!;
        var venue = started.Value;
        log.LogInformation("demo: simulator (Binance dialect) on {Url}, replaying {Symbols} from {Start:yyyy-MM-dd HH:mm} UTC, one 5m candle per {Speed} ms",
            venue.Simulator.BaseUrl, string.Join(", ", venue.Universe), DateTimeOffset.FromUnixTimeMilliseconds(venue.CloseMs + 1), options.Speed.TotalMilliseconds);
        if (options.MinScore is { } lowered)
            log.LogWarning("demo: confluence threshold lowered to {Score} (default 60) and 2 bullish layers (default 3) so the short demo history produces trades", lowered);
        var metrics = new RuntimeMetrics { LimiterWaits = () => venue.Limits.Waits };
        if (options.TestRateLimit is { } test)
            log.LogWarning("demo: TEST HOOK {Variable}: an extra client limit of {Weight} request weight per day of market time", DemoOptions.TestRateLimitVariable, test.Permits);
        var composition = new DemoComposition(venue, options, metrics, log);
        var host = await QariSilo.StartAsync(silo, composition, logs, ct).ConfigureAwait(false);
        log.LogInformation("demo: Orleans silo on localhost (silo port {Silo}, gateway {Gateway}, in-memory reminders)", silo.SiloPort, silo.GatewayPort);
        var cluster = new DemoCluster(options, venue, host, metrics, log);
        try
        {
            await cluster.Scanner.WarmUpAsync(venue.CloseMs, ct).WaitAsync(ct).ConfigureAwait(false);
            await cluster.Grains.GetGrain<ITraderGrain>(GrainKeys.Trader(DemoRuntime.DemoAccount)).StartAsync().WaitAsync(ct).ConfigureAwait(false);
        }
        catch (InvalidOperationException ex)
        {
            // A grain that cannot activate (data, venue) says why; nothing runs without its scanner and trader.
            await cluster.DisposeAsync().ConfigureAwait(false);
            return Error.Validation("demo.start", ex.Message);
        }
        metrics.Ready = true;
        return cluster;
    }

    /// <summary>Replays candles, one cycle per close, until the data ends, <see cref="DemoOptions.MaxCycles"/> or cancellation.</summary>
    public async Task RunAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested && (_options.MaxCycles is not { } max || Cycles < max))
        {
            if (Venue.CloseMs + M5 > Venue.EndMs)
            {
                _log.LogInformation("demo: the replay reached the end of the candle data");
                return;
            }
            var started = _options.WallClock.GetTimestamp();
            CycleReport report;
            try { report = await StepAsync([], ct).ConfigureAwait(false); }
            catch (OperationCanceledException) when (ct.IsCancellationRequested) { return; }
            if (report.Accounts.Any(a => a.Status is { Fenced: true }))
            {
                _log.LogError("demo: the trader lost ownership of the demo account to another process; stopping");
                return;
            }
            var elapsed = _options.WallClock.GetElapsedTime(started);
            if (_options.Speed > elapsed)
            {
                try { await Task.Delay(_options.Speed - elapsed, _options.WallClock, ct).ConfigureAwait(false); }
                catch (OperationCanceledException) { return; }
            }
        }
    }

    /// <summary>
    /// One step: the next 5m candle closes on the simulator and the scanner grain runs the cycle for every account.
    /// <paramref name="ct"/> (the host's shutdown) reaches the grains' exchange calls, so a step waiting on the rate limiter
    /// or the venue ends at once; the step's turn is given <see cref="ShutdownGrace"/> to finish before the caller goes on
    /// to dispose the journal under it.
    /// </summary>
    public async Task<CycleReport> StepAsync(IReadOnlyList<CandidateDto> extra, CancellationToken ct)
    {
        var call = Scanner.CandleClosedAsync(Venue.Advance(), extra, ct);
        try
        {
            var report = await call.WaitAsync(ct).ConfigureAwait(false);
            Cycles++;
            return report;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            try { await call.WaitAsync(ShutdownGrace, CancellationToken.None).ConfigureAwait(false); }
            catch (Exception ex) when (ex is OperationCanceledException or TimeoutException) { /* ended by the token, or still stuck: the silo stop is bounded too */ }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                _log.LogWarning("demo: the interrupted cycle ended with {Error}", ex.Message);
            }
            throw;
        }
    }

    /// <summary>How long an interrupted step's turn may take to notice the shutdown before the demo stops anyway.</summary>
    public static TimeSpan ShutdownGrace { get; } = TimeSpan.FromSeconds(5);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        // Graceful first; a turn stuck on the venue (e.g. waiting out a rate-limit window) must not hold the exit.
        using var bounded = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try { await _silo.StopAsync(bounded.Token).ConfigureAwait(false); }
        finally
        {
            _silo.Dispose();
            await Venue.DisposeAsync().ConfigureAwait(false);
        }
    }
}
