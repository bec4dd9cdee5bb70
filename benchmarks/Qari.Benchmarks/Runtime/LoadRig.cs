using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Qari.Analysis.Confluence;
using Qari.Analysis.Engine;
using Qari.Exchanges.Binance;
using Qari.Exchanges.Http;
using Qari.Model.Ids;
using Qari.Model.Market;
using Qari.Runtime.Health;
using Qari.Runtime.Journal;
using Qari.Runtime.Notifications;
using Qari.Runtime.Scanning;
using Qari.Runtime.Trading;
using Qari.Simulator.Accounts;
using Qari.Simulator.Dialects.Binance;
using Qari.Simulator.Feed;
using Qari.Simulator.Hosting;
using Qari.Trading.Engine;
using Qari.Trading.Risk;

namespace Qari.Benchmarks.Runtime;

/// <summary>
/// The load rig: the simulator in-process (Binance dialect, no request-weight limit) seeded with N accounts and keys,
/// one scanner for the exchange, and N <see cref="AccountTrader"/>s, each with its own adapter and key over loopback
/// HTTP (one shared HTTP pipeline, as the runtime shares one per exchange), one shared SQLite journal and metrics.
/// </summary>
internal sealed class LoadRig : IAsyncDisposable
{
    private static readonly long M5 = Timeframe.M5.Milliseconds();
    private readonly HttpClient _http;
    private readonly RateLimitRegistry _limits;
    private readonly List<InMemoryCredentials> _keys;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _loops = [];

    private LoadRig(SimulatorHost host, HttpClient http, RateLimitRegistry limits, List<InMemoryCredentials> keys, Scanner scanner, JournalStore journal, long closeMs)
    {
        Simulator = host;
        _http = http;
        _limits = limits;
        _keys = keys;
        Scanner = scanner;
        Journal = journal;
        CloseMs = closeMs;
    }

    public SimulatorHost Simulator { get; }

    public Scanner Scanner { get; }

    public JournalStore Journal { get; }

    public RuntimeMetrics Metrics { get; } = new();

    public List<AccountTrader> Traders { get; } = [];

    public long CloseMs { get; private set; }

    public string DataDirectory { get; private init; } = "";

    /// <summary>Starts the simulator with <paramref name="accounts"/> seeded accounts and warms the scanner (traders are added by <see cref="AddTraders"/>).</summary>
    public static async Task<LoadRig> StartAsync(string candles, int accounts, int connections, string dataDirectory)
    {
        var library = CandleLibrary.Load(candles).Value;
        var universe = library.Symbols;
        var firstOpen = universe.Max(s => library.Finest(s).Candles[0].OpenTimeMs);
        var closeMs = Timeframe.M5.FloorMs(firstOpen + 30 * 86_400_000L) + M5 - 1;
        var seed = new SimulatorSeed
        {
            Accounts = [.. Enumerable.Range(0, accounts).Select(i => new SeedAccount(Name(i), new Dictionary<string, decimal> { ["USDT"] = 10_000m }, [new SimKey(KeyId(i), Secret(i), Name(i))]))],
        };
        var host = (await SimulatorHost.StartAsync(new SimulatorOptions
        {
            Port = 0, Candles = library, Time = new StillTime(TimeProvider.System.GetUtcNow()), Start = DateTimeOffset.FromUnixTimeMilliseconds(closeMs), Seed = seed,
            Dialects = [new BinanceDialect(weightPerMinute: 0)],
        })).Value;
        host.State.Feed.PlayUntil(host.State.NowMs);
        var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections });
        var limits = new RateLimitRegistry(host.State.Clock);
        var keys = new List<InMemoryCredentials>(accounts);
        for (var i = 0; i < accounts; i++) keys.Add(new InMemoryCredentials(KeyId(i), Secret(i)));
        var scanner = new Scanner(new BinanceExchange(Pipeline(http, host, limits), keys[0]), universe, new AnalysisCycle(), NullLogger.Instance);
        var warm = await scanner.WarmUpAsync(closeMs, TimeSpan.FromDays(3), TimeSpan.FromDays(30), CancellationToken.None);
        if (!warm.IsSuccess) throw new InvalidOperationException(warm.Error!.Message);
        var journal = JournalStore.Open(dataDirectory, 1);
        return new LoadRig(host, http, limits, keys, scanner, journal, closeMs) { DataDirectory = dataDirectory };
    }

    /// <summary>Creates and starts one trader per seeded account (its own adapter, key and engine; shared pipeline, journal, metrics).</summary>
    public void AddTraders()
    {
        // One pipeline per exchange (as the runtime has), one adapter per account holding that account's key.
        var pipeline = Pipeline(_http, Simulator, _limits);
        var notifier = new LogNotifier(NullLogger.Instance);
        for (var i = 0; i < _keys.Count; i++)
        {
            var account = new AccountId(new Guid(i, 0, 0, new byte[8]));
            var profile = new AccountProfile(account, new UserId(new Guid(i, 1, 0, new byte[8])), Plan.SelfHosted, null, Waiver: false, AutoTrading: true, new HashSet<Symbol>());
            var engine = new TradingEngine(profile, TradingSettings.Default, PlanCaps.Default, new RiskGate(new SingleNodeEntryLock()));
            var context = new TraderContext(account, Name(i), new BinanceExchange(pipeline, _keys[i]), engine, Journal, Metrics, Simulator.State.Clock, notifier);
            var trader = new AccountTrader(context, NullLogger.Instance);
            Traders.Add(trader);
            _loops.Add(Task.Run(() => trader.RunAsync(_stop.Token)));
        }
    }

    /// <summary>The next 5m candle closes on the simulator (its clock moves, the replay plays it); returns the close time.</summary>
    public long CloseNextCandle()
    {
        Simulator.State.Clock.Advance(TimeSpan.FromMilliseconds(M5));
        CloseMs += M5;
        Simulator.State.Feed.PlayUntil(Simulator.State.NowMs);
        return CloseMs;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        foreach (var loop in _loops)
        {
            try { await loop; }
            catch (OperationCanceledException) { }
        }
        Journal.Dispose();
        await Simulator.DisposeAsync();
        foreach (var key in _keys) key.Dispose();
        _limits.Dispose();
        _http.Dispose();
        _stop.Dispose();
    }

    // No client-side rate limit: this measures the runtime and the simulator, not Binance's published limits (see the doc).
    private static ExchangeHttpClient Pipeline(HttpClient http, SimulatorHost host, RateLimitRegistry limits) =>
        new(ExchangeId.Binance, http, new ExchangeHttpOptions(host.BaseUrl), new BinanceSigner(), new RateLimitPolicy([]), limits, host.State.Clock,
            new ServerTimeSource(BinanceEndpoints.Time, reply => BinanceParser.ServerTime(reply.Body)));

    private static string Name(int i) => "acct" + i.ToString(CultureInfo.InvariantCulture);

    private static string KeyId(int i) => "load-key-" + i.ToString(CultureInfo.InvariantCulture);

    private static string Secret(int i) => "load-secret-" + i.ToString(CultureInfo.InvariantCulture) + "-0123456789abcdef";

    // The simulator's underlying clock stands still so market time moves only when the rig closes a candle.
    private sealed class StillTime(DateTimeOffset at) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => at;
    }
}
