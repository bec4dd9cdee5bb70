using BenchmarkDotNet.Attributes;
using Qari.Exchanges.Binance;
using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Http;
using Qari.Model.Ids;
using Qari.Model.Instruments;
using Qari.Model.Orders;
using Qari.Simulator.Accounts;
using Qari.Simulator.Dialects.Binance;
using Qari.Simulator.Engine;
using Qari.Simulator.Hosting;

namespace Qari.Benchmarks.Exchanges;

/// <summary>
/// Simulator order throughput: the matching engine alone (place + cancel a resting limit; a marketable order that
/// fills), and a full round trip through the Binance adapter over loopback HTTP (sign, send, verify, match, answer, parse).
/// </summary>
[MemoryDiagnoser]
public class SimulatorThroughputBenchmarks
{
    private static readonly Symbol Btc = new("BTC", "USDT");
    private MatchingEngine _engine = null!;
    private SimulatorHost _host = null!;
    private HttpClient _http = null!;
    private RateLimitRegistry _limits = null!;
    private InMemoryCredentials _key = null!;
    private ISpotExchange _adapter = null!;
    private long _n;

    [GlobalSetup]
    public async Task Setup()
    {
        _engine = new MatchingEngine(TimeProvider.System);
        _engine.AddMarket(Btc, new InstrumentRules(0.01m, 0.00001m, 0.00001m, 5m), 50_000m);
        _engine.AddAccount(new SimAccount("a", new Dictionary<string, decimal> { ["USDT"] = 1e12m, ["BTC"] = 1e6m }));
        var seed = new SimulatorSeed
        {
            Markets = [new SeedMarket("BTC/USDT", 0.01m, 0.00001m, 0.00001m, 5m, Price: 50_000m)],
            Accounts = [new SeedAccount("b", new Dictionary<string, decimal> { ["USDT"] = 1e12m }, [new SimKey("benchKey", "bench-secret-0123456789", "b")])],
        };
        // No request-weight limit in the simulator and none in the client: this measures the round trip, not Binance's published limits.
        _host = (await SimulatorHost.StartAsync(new SimulatorOptions { Seed = seed, Dialects = [new BinanceDialect(weightPerMinute: 0)] })).Value;
        _http = new HttpClient();
        _limits = new RateLimitRegistry(TimeProvider.System);
        _key = new InMemoryCredentials("benchKey", "bench-secret-0123456789");
        var pipeline = new ExchangeHttpClient(ExchangeId.Binance, _http, new ExchangeHttpOptions(_host.BaseUrl), new BinanceSigner(), new RateLimitPolicy([]),
            _limits, TimeProvider.System, new ServerTimeSource(BinanceEndpoints.Time, reply => BinanceParser.ServerTime(reply.Body)));
        _adapter = new BinanceExchange(pipeline, _key);
        _host.State.Faults.Clear();
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        _key.Dispose();
        _limits.Dispose();
        _http.Dispose();
        await _host.DisposeAsync();
    }

    [Benchmark(Baseline = true)]
    public OrderStatus EnginePlaceAndCancelLimit()
    {
        var id = "b" + (++_n).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var placed = _engine.Place(new SimOrderRequest("a", Btc, OrderSide.Buy, OrderType.Limit, id, Quantity: 0.01m, Price: 49_000m));
        return _engine.Cancel("a", Btc, placed.Order!.Id, null).Order!.Status;
    }

    [Benchmark]
    public OrderStatus EngineMarketBuyFills()
    {
        var id = "m" + (++_n).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return _engine.Place(new SimOrderRequest("a", Btc, OrderSide.Buy, OrderType.Market, id, QuoteAmount: 100m)).Order!.Status;
    }

    [Benchmark]
    public async Task<OrderStatus> HttpAdapterPlaceLimit()
    {
        var id = ClientOrderId.Create(new TradeId(++_n), OrderLeg.Entry1, 0);
        var placed = await _adapter.PlaceOrderAsync(OrderRequest.Limit(Btc, OrderSide.Buy, 0.001m, 40_000m, id), CancellationToken.None);
        return placed.Value.Status;
    }
}
