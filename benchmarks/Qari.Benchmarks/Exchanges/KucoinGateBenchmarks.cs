using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Qari.Exchanges.Gate;
using Qari.Exchanges.Http;
using Qari.Exchanges.Kucoin;
using Qari.Model.Ids;

namespace Qari.Benchmarks.Exchanges;

/// <summary>KuCoin and Gate: signing an order request, parsing a 1000-row kline answer and a 100-level order book.</summary>
[MemoryDiagnoser]
public class KucoinGateBenchmarks
{
    private static readonly Symbol Btc = new("BTC", "USDT");
    private readonly InMemoryCredentials _credentials = new("bench-key-0123456789", "bench-secret-0123456789abcdef", "bench-passphrase");
    private readonly KucoinSigner _kucoinSigner = new();
    private readonly GateSigner _gateSigner = new();
    private readonly DateTimeOffset _now = DateTimeOffset.FromUnixTimeMilliseconds(1_760_000_000_000);
    private RestRequest _kucoinOrder = null!;
    private RestRequest _gateOrder = null!;
    private string _kucoinKlines = "";
    private string _gateKlines = "";
    private string _kucoinBook = "";
    private string _gateBook = "";

    [GlobalSetup]
    public void Setup()
    {
        _kucoinOrder = new RestRequest(KucoinEndpoints.PlaceOrder,
            body: "{\"clientOid\":\"q1a2b3cE0\",\"side\":\"buy\",\"symbol\":\"BTC-USDT\",\"type\":\"limit\",\"price\":\"45000\",\"size\":\"0.1\",\"timeInForce\":\"GTC\"}",
            contentType: "application/json");
        _gateOrder = new RestRequest(GateEndpoints.PlaceOrder,
            body: "{\"text\":\"t-q1a2b3cE0\",\"currency_pair\":\"BTC_USDT\",\"type\":\"limit\",\"account\":\"spot\",\"side\":\"buy\",\"amount\":\"0.1\",\"price\":\"45000\",\"time_in_force\":\"gtc\"}",
            contentType: "application/json");
        var k = new StringBuilder("{\"code\":\"200000\",\"data\":[");
        var g = new StringBuilder("[");
        for (var i = 0; i < 1000; i++)
        {
            var t = (1_700_000_000L + (999 - i) * 60).ToString(CultureInfo.InvariantCulture);
            var o = (50_000m + i).ToString(CultureInfo.InvariantCulture);
            if (i > 0) { k.Append(','); g.Append(','); }
            k.Append($"[\"{t}\",\"{o}\",\"{o}.5\",\"{o}.9\",\"{o}.1\",\"12.34567891\",\"617283.9455\"]");
            g.Append($"[\"{t}\",\"617283.9455\",\"{o}.5\",\"{o}.9\",\"{o}.1\",\"{o}\",\"12.34567891\",\"true\"]");
        }
        _kucoinKlines = k.Append("]}").ToString();
        _gateKlines = g.Append(']').ToString();
        var bids = string.Join(',', Enumerable.Range(0, 100).Select(i => $"[\"{50_000m - i * 0.1m}\",\"0.{i + 10}\"]"));
        var asks = string.Join(',', Enumerable.Range(0, 100).Select(i => $"[\"{50_000.1m + i * 0.1m}\",\"0.{i + 10}\"]"));
        _kucoinBook = $"{{\"code\":\"200000\",\"data\":{{\"time\":1760000000000,\"sequence\":\"1\",\"bids\":[{bids}],\"asks\":[{asks}]}}}}";
        _gateBook = $"{{\"id\":1,\"current\":1760000000000,\"update\":1760000000000,\"asks\":[{asks}],\"bids\":[{bids}]}}";
    }

    [Benchmark]
    public SignedRequest KucoinSignOrder() => _kucoinSigner.Sign(_kucoinOrder, _credentials, _now);

    [Benchmark]
    public SignedRequest GateSignOrder() => _gateSigner.Sign(_gateOrder, _credentials, _now);

    [Benchmark]
    public int KucoinParse1000Klines() => KucoinParser.Candles(_kucoinKlines).Value.Count;

    [Benchmark]
    public int GateParse1000Klines() => GateParser.Candles(_gateKlines).Value.Count;

    [Benchmark]
    public int KucoinParseBook100() => KucoinParser.OrderBook(_kucoinBook, Btc, 100).Value.Bids.Count;

    [Benchmark]
    public int GateParseBook100() => GateParser.OrderBook(_gateBook, Btc, 100).Value.Asks.Count;
}
