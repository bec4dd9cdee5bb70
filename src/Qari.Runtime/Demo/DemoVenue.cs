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
        var limits = new RateLimitRegistry(host.State.Clock);
        var key = new InMemoryCredentials(DemoSeed.KeyId, DemoSeed.Secret);
        var pipeline = SpotExchangeFactory.CreateHttpClient(ExchangeId.Binance, http, new ExchangeHttpOptions(host.BaseUrl), limits, host.State.Clock, logs.CreateLogger("qari.http"));
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
