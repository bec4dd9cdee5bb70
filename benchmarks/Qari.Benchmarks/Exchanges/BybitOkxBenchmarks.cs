using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Qari.Exchanges.Bybit;
using Qari.Exchanges.Okx;
using Qari.Model.Ids;

namespace Qari.Benchmarks.Exchanges;

/// <summary>Bybit and OKX: signing one request, parsing a 1,000-row (Bybit) / 300-row (OKX) kline page and a 200/400-level book.</summary>
[MemoryDiagnoser]
public class BybitOkxBenchmarks
{
    private static readonly byte[] Secret = Encoding.UTF8.GetBytes("bench-secret-0123456789abcdef0123");
    private static readonly Symbol Btc = Symbol.Parse("BTC/USDT");
    private string _bybitKlines = "";
    private string _okxCandles = "";
    private string _bybitBook = "";
    private string _okxBook = "";

    [GlobalSetup]
    public void Setup()
    {
        static string Row(int i, int fields) => "[\"" + (1_700_000_000_000L - i * 60_000L).ToString(CultureInfo.InvariantCulture) + "\",\"50000.1\",\"50100.2\",\"49900.3\",\"50050.4\",\"12.345678\",\"617283.9\"" +
            (fields == 9 ? ",\"617283.9\",\"1\"]" : "]");
        _bybitKlines = "{\"retCode\":0,\"retMsg\":\"OK\",\"result\":{\"symbol\":\"BTCUSDT\",\"category\":\"spot\",\"list\":[" +
            string.Join(',', Enumerable.Range(0, 1000).Select(i => Row(i, 7))) + "]},\"retExtInfo\":{},\"time\":1700000000000}";
        _okxCandles = "{\"code\":\"0\",\"msg\":\"\",\"data\":[" + string.Join(',', Enumerable.Range(0, 300).Select(i => Row(i, 9))) + "]}";
        static string Levels(int n, decimal start, decimal step, bool okx) => string.Join(',', Enumerable.Range(0, n).Select(i =>
            "[\"" + (start + i * step).ToString(CultureInfo.InvariantCulture) + "\",\"0.12345\"" + (okx ? ",\"0\",\"3\"]" : "]")));
        _bybitBook = "{\"retCode\":0,\"retMsg\":\"OK\",\"result\":{\"s\":\"BTCUSDT\",\"b\":[" + Levels(200, 49999.9m, -0.1m, false) + "],\"a\":[" +
            Levels(200, 50000.1m, 0.1m, false) + "],\"ts\":1700000000000,\"u\":1},\"retExtInfo\":{},\"time\":1700000000000}";
        _okxBook = "{\"code\":\"0\",\"msg\":\"\",\"data\":[{\"asks\":[" + Levels(400, 50000.1m, 0.1m, true) + "],\"bids\":[" +
            Levels(400, 49999.9m, -0.1m, true) + "],\"ts\":\"1700000000000\"}]}";
    }

    [Benchmark]
    public string BybitSign() => BybitSigner.Sign(Secret, BybitSigner.PreHash(1_700_000_000_000L, "benchKey", 5000,
        "{\"category\":\"spot\",\"symbol\":\"BTCUSDT\",\"side\":\"Buy\",\"orderType\":\"Limit\",\"qty\":\"0.1\",\"price\":\"50000\",\"orderLinkId\":\"q1E0\"}"));

    [Benchmark]
    public string OkxSign() => OkxSigner.Sign(Secret, OkxSigner.PreHash("2023-11-14T22:13:20.000Z", "POST", "/api/v5/trade/order",
        "{\"instId\":\"BTC-USDT\",\"tdMode\":\"cash\",\"clOrdId\":\"q1E0\",\"side\":\"buy\",\"ordType\":\"limit\",\"px\":\"50000\",\"sz\":\"0.1\"}"));

    [Benchmark]
    public int BybitParse1000Klines() => BybitParser.ParseKlines(_bybitKlines).Value.Count;

    [Benchmark]
    public int OkxParse300Candles() => OkxParser.ParseCandles(_okxCandles).Value.Count;

    [Benchmark]
    public int BybitParseBook200() => BybitParser.ParseOrderBook(_bybitBook, Btc).Value.Bids.Count;

    [Benchmark]
    public int OkxParseBook400() => OkxParser.ParseOrderBook(_okxBook, Btc).Value.Asks.Count;
}
