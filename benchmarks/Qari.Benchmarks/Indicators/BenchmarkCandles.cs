using Qari.Analysis.Series;
using Qari.Storage.Candles;

namespace Qari.Benchmarks.Indicators;

/// <summary>
/// Real candles for the indicator benchmarks: the file named by QARI_BENCH_CANDLES (e.g. the 373,784-row
/// binance_BTCUSDT_5m.csv.gz of the shared data set), or else the 3,000-row BTC 4h test fixture in the repository.
/// </summary>
internal static class BenchmarkCandles
{
    public static Bar[] Load()
    {
        var path = Environment.GetEnvironmentVariable("QARI_BENCH_CANDLES");
        if (string.IsNullOrEmpty(path)) path = Path.Combine(RepositoryRoot(), "tests", "Qari.Analysis.Tests", "TestData", "candles", "binance_BTCUSDT_4h.csv.gz");
        var read = CandleFiles.Read(path);
        if (!read.IsSuccess) throw new InvalidOperationException(read.Error.Message);
        return read.Value.Select(c => Bar.From(c)).ToArray();
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Qari.slnx"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Run from inside the repository or set QARI_BENCH_CANDLES.");
    }
}
