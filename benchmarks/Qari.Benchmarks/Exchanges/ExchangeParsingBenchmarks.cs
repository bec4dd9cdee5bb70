using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Qari.Exchanges.Binance;
using Qari.Model.Ids;
using Qari.Model.Market;
using Qari.Model.Results;

namespace Qari.Benchmarks.Exchanges;

/// <summary>Parsing cost: a full 1,000-row Binance kline page, and order books of 100 and 5,000 levels per side (Binance's maximum).</summary>
[MemoryDiagnoser]
public class ExchangeParsingBenchmarks
{
    private string _klines = "";
    private string _book100 = "";
    private string _book5000 = "";

    [GlobalSetup]
    public void Setup()
    {
        var rows = new StringBuilder("[");
        for (var i = 0; i < 1000; i++)
        {
            var open = 60_000m + i * 1.37m;
            if (i > 0) rows.Append(',');
            rows.Append(CultureInfo.InvariantCulture, $"[{1_700_000_000_000L + i * 60_000L},\"{open:F8}\",\"{open + 25.5m:F8}\",\"{open - 30.25m:F8}\",\"{open + 3.1m:F8}\",\"{12.345678m + i:F8}\",{1_700_000_059_999L + i * 60_000L},\"{740_000.12m + i:F8}\",{1200 + i},\"{6.1m + i:F8}\",\"{370_000.5m + i:F8}\",\"0\"]");
        }
        _klines = rows.Append(']').ToString();
        _book100 = Book(100);
        _book5000 = Book(5000);
    }

    private static string Book(int levels)
    {
        var text = new StringBuilder("{\"lastUpdateId\":1027024,\"bids\":[");
        for (var i = 0; i < levels; i++) text.Append(i > 0 ? "," : "").Append(CultureInfo.InvariantCulture, $"[\"{65_000m - i * 0.01m:F8}\",\"{0.5m + i * 0.001m:F8}\"]");
        text.Append("],\"asks\":[");
        for (var i = 0; i < levels; i++) text.Append(i > 0 ? "," : "").Append(CultureInfo.InvariantCulture, $"[\"{65_000.01m + i * 0.01m:F8}\",\"{0.5m + i * 0.001m:F8}\"]");
        return text.Append("]}").ToString();
    }

    [Benchmark]
    public Result<IReadOnlyList<Candle>> Klines1000() => BinanceParser.Klines(_klines);

    [Benchmark]
    public Result<OrderBook> Book100() => BinanceParser.Book(_book100, new Symbol("BTC", "USDT"), 0);

    [Benchmark]
    public Result<OrderBook> Book5000() => BinanceParser.Book(_book5000, new Symbol("BTC", "USDT"), 0);
}
