using System.Diagnostics;
using System.IO.Compression;
using BenchmarkDotNet.Attributes;
using Qari.Model.Ids;
using Qari.Model.Market;
using Qari.Storage.Candles;
using Qari.Storage.Candles.Import;

namespace Qari.Benchmarks.Storage;

/// <summary>
/// Candle-store load time for one year of 5-minute candles × <see cref="Symbols"/> symbols, and import throughput.
/// The series are real Binance 5m candles: one year (105,120 open times) from each 5m file in ../shared/data,
/// repeated under made-up symbol names (S001/USDT …) to reach 140 symbols; where a file has less than a year or a gap,
/// the series has fewer candles (the total is printed). Without ../shared/data the demo's 60 days are used instead.
/// </summary>
[MemoryDiagnoser]
public class CandleStoreBenchmarks
{
    private const int YearOf5m = 365 * 288;
    private string _root = "";
    private CandleStore _store = null!;
    private CandleSeriesKey[] _keys = [];
    private string _csv = "";
    private CandleSeries _btcYear = null!;

    [Params(140)]
    public int Symbols { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _root = Path.Combine(Path.GetTempPath(), "qari-bench-store-" + Symbols);
        _store = new CandleStore(_root);
        var sources = SourceFiles();
        var years = sources.Select(f => CandleFiles.Read(f).Value.Take(YearOf5m).ToList()).ToList();
        _keys = Enumerable.Range(1, Symbols)
            .Select(i => new CandleSeriesKey(ExchangeId.Binance, new Symbol($"S{i:000}", "USDT"), Timeframe.M5)).ToArray();
        long total = 0;
        for (var i = 0; i < _keys.Length; i++)
        {
            var candles = years[i % years.Count];
            total += candles.Count;
            if (!_store.Exists(_keys[i])) _store.Write(CandleSeries.Create(_keys[i], Path.GetFileName(sources[i % years.Count]), candles).Value);
        }
        _btcYear = CandleSeries.Create(_keys[0], "bench", years[0]).Value;
        _csv = Path.Combine(Path.GetTempPath(), "qari-bench-binance_BTCUSDT_5m.csv.gz");
        using (var gz = new GZipStream(File.Create(_csv), CompressionLevel.Fastest))
        using (var w = new StreamWriter(gz)) CandleCsv.Write(w, years[0]);
        var bytes = Directory.EnumerateFiles(_root, "*.qc", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        Console.WriteLine($"// store: {Symbols} series, {total:N0} candles, {bytes / 1e6:F1} MB on disk ({(double)bytes / total:F1} bytes/candle); import file: {years[0].Count:N0} candles, {new FileInfo(_csv).Length / 1e6:F1} MB gzip");
    }

    [GlobalCleanup]
    public void Cleanup() =>
        Console.WriteLine($"// peak working set of this benchmark process: {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB");

    /// <summary>Loads every series (decoded columns, checksums verified) one after another and keeps them all in memory.</summary>
    [Benchmark]
    public long LoadAllSequential()
    {
        var all = new CandleSeries[_keys.Length];
        for (var i = 0; i < _keys.Length; i++) all[i] = _store.Load(_keys[i]).Value;
        return all.Sum(s => (long)s.Count);
    }

    /// <summary>Same on both cores.</summary>
    [Benchmark]
    public long LoadAllParallel()
    {
        var all = new CandleSeries[_keys.Length];
        Parallel.For(0, _keys.Length, i => all[i] = _store.Load(_keys[i]).Value);
        return all.Sum(s => (long)s.Count);
    }

    /// <summary>Loads in parallel and materialises every candle as decimals once (what a replay touching every candle pays).</summary>
    [Benchmark]
    public decimal LoadAllParallelAndReadEveryCandle()
    {
        var sums = new decimal[_keys.Length];
        Parallel.For(0, _keys.Length, i =>
        {
            var series = _store.Load(_keys[i]).Value;
            var sum = 0m;
            for (var k = 0; k < series.Count; k++) sum += series[k].Close;
            sums[i] = sum;
        });
        return sums.Sum();
    }

    /// <summary>Parses and validates one year of BTC 5m CSV (gzip), without writing.</summary>
    [Benchmark]
    public int ImportCheckOneYearCsv() =>
        CandleImporter.Check([_csv], new CandleImportOptions(ExchangeId.Binance, Symbol.Parse("BTC/USDT"), Timeframe.M5)).Series[0].Count;

    /// <summary>Encodes one year of BTC 5m and writes it atomically.</summary>
    [Benchmark]
    public CandleSeriesInfo WriteOneYear() => _store.Write(_btcYear).Value;

    private static List<string> SourceFiles()
    {
        var fromEnv = Environment.GetEnvironmentVariable("QARI_BENCH_DATA");
        foreach (var dir in new[] { fromEnv ?? "", "../shared/data", "/work/shared/data", "demo/data" })
        {
            if (!Directory.Exists(dir)) continue;
            var files = Directory.GetFiles(dir, "binance_*_5m.csv.gz").Order(StringComparer.Ordinal).ToList();
            if (files.Count > 0) return files;
        }
        throw new InvalidOperationException("No 5m candle files found (looked for ../shared/data and demo/data).");
    }
}
