using Microsoft.Extensions.Logging;
using Qari.Exchanges;
using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Http;
using Qari.Model.Ids;
using Qari.Model.Market;
using Qari.Model.Results;
using Qari.Runtime.Journal;
using Qari.Simulator.Accounts;
using Qari.Simulator.Feed;
using Qari.Simulator.Hosting;

namespace Qari.Runtime.Demo;

/// <summary>
/// The demo's venue and journal: the simulator in-process on a loopback port (a frozen underlying clock, so market
/// time moves only when the replay steps), the demo account's Binance adapter over HTTP, and the journal (SQLite, or PostgreSQL when the options name one).
/// </summary>
public sealed class DemoVenue : IAsyncDisposable
{
    private static readonly long M5 = Timeframe.M5.Milliseconds();
    private readonly HttpClient _http;
    private readonly RateLimitRegistry _limits;
    private readonly InMemoryCredentials _key;

    private DemoVenue(SimulatorHost simulator, HttpClient http, RateLimitRegistry limits, InMemoryCredentials key, ISpotExchange exchange, IJournal journal,
        IReadOnlyList<Symbol> universe, long closeMs, long endMs)
    {
        Simulator = simulator;
        _http = http;
        _limits = limits;
        _key = key;
        Exchange = exchange;
        Journal = journal;
        Universe = universe;
        CloseMs = closeMs;
        EndMs = endMs;
    }

    /// <summary>The in-process simulator (tests read its own records).</summary>
    public SimulatorHost Simulator { get; }

    /// <summary>
    /// The client-side rate limiter. Its windows run on the simulator's clock: the simulator meters its weight limit per
    /// minute of market time, and in the demo a minute of market time passes in a few milliseconds of wall time.
    /// </summary>
    public RateLimitRegistry Limits => _limits;

    /// <summary>The demo account's adapter (Binance dialect, over loopback HTTP).</summary>
    public ISpotExchange Exchange { get; }

    /// <summary>The journal.</summary>
    public IJournal Journal { get; }

    /// <summary>The replayed symbols.</summary>
    public IReadOnlyList<Symbol> Universe { get; }

    /// <summary>The close (Unix ms, last millisecond of the candle) of the last replayed 5m candle.</summary>
    public long CloseMs { get; private set; }

    /// <summary>The last close the candle data allows.</summary>
    public long EndMs { get; }

    /// <summary>Loads the candles, starts the simulator at <see cref="DemoOptions.WarmUpDays"/> into the data and opens the journal.</summary>
    public static async Task<Result<DemoVenue>> StartAsync(DemoOptions options, ILoggerFactory logs, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logs);
        var library = CandleLibrary.Load(options.CandleDirectory);
        if (!library.IsSuccess) return library.Error!;
        var universe = library.Value.Symbols;
        if (universe.Count == 0) return Error.Validation("demo.data", $"{options.CandleDirectory}: no candle files");
        var firstOpen = universe.Max(s => library.Value.Finest(s).Candles[0].OpenTimeMs);
        var endMs = universe.Min(s => library.Value.Finest(s).Candles[^1].OpenTimeMs) + M5 - 1;
        // The clock stands at the last millisecond of a candle: that candle has been played, the next has not.
        var closeMs = Timeframe.M5.FloorMs(firstOpen + options.WarmUpDays * 86_400_000L) + M5 - 1;
        var sim = await SimulatorHost.StartAsync(new SimulatorOptions
        {
            Port = 0, Candles = library.Value, Time = new FrozenTime(options.WallClock.GetUtcNow()), Start = DateTimeOffset.FromUnixTimeMilliseconds(closeMs),
            Seed = DemoSeed.Create(),
        }, ct).ConfigureAwait(false);
        if (!sim.IsSuccess) return sim.Error!;
        var host = sim.Value;
        host.State.Feed.PlayUntil(host.State.NowMs);
        var http = new HttpClient();
        // The venue's limits count the venue's minutes (market time): so does the client limiter, on the same clock.
        // Against a real exchange the limiter keeps the wall clock (LiveRuntime), which is what the exchange meters.
        var limits = new RateLimitRegistry(host.State.Clock) { ExtraIpRules = options.TestRateLimit is { } test ? [test] : [] };
        var key = new InMemoryCredentials(DemoSeed.KeyId, DemoSeed.Secret);
        // The adapter reads the very clock the simulator serves, so the offset is zero: measured once a market day, not
        // every other cycle (10 minutes of market time pass in two steps).
        var httpOptions = new ExchangeHttpOptions(host.BaseUrl) { ClockResyncInterval = TimeSpan.FromDays(1) };
        var pipeline = SpotExchangeFactory.CreateHttpClient(ExchangeId.Binance, http, httpOptions, limits, host.State.Clock, logs.CreateLogger("qari.http"));
        var exchange = SpotExchangeFactory.Create(pipeline, key);
        IJournal journal;
        try
        {
            journal = await new JournalLocation(options.DataDirectory, options.JournalPostgres).OpenAsync(options.WallClock.GetUtcNow().ToUnixTimeMilliseconds(), ct).ConfigureAwait(false);
        }
        catch (Npgsql.NpgsqlException ex)
        {
            await host.DisposeAsync().ConfigureAwait(false);
            limits.Dispose();
            http.Dispose();
            key.Dispose();
            return Error.Validation("demo.journal", $"the PostgreSQL journal cannot be opened: {ex.Message}");
        }
        return new DemoVenue(host, http, limits, key, exchange, journal, universe, closeMs, endMs);
    }

    /// <summary>The next 5m candle closes on the simulator; returns its close.</summary>
    public long Advance()
    {
        Simulator.State.Clock.Advance(TimeSpan.FromMilliseconds(M5));
        CloseMs += M5;
        Simulator.State.Feed.PlayUntil(Simulator.State.NowMs);
        return CloseMs;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Journal.Dispose();
        await Simulator.DisposeAsync().ConfigureAwait(false);
        _limits.Dispose();
        _http.Dispose();
        _key.Dispose();
    }
}
