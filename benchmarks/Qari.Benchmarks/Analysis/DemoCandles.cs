using Qari.Analysis.Series;
using Qari.Storage.Candles;

namespace Qari.Benchmarks.Analysis;

/// <summary>The real Binance candles shipped in demo/data (5m: ~17,500 per symbol, 2025-12-21 → 2026-02-19).</summary>
internal static class DemoCandles
{
    public static readonly string[] Bases = ["BTC", "ETH", "SOL", "XRP", "BNB", "DOGE"];

    public static Bar[] Load(string baseAsset, string timeframe)
    {
        var stem = Path.Combine(RepositoryRoot(), "demo", "data", $"binance_{baseAsset}USDT_{timeframe}");
        var path = File.Exists(stem + ".csv.gz") ? stem + ".csv.gz" : stem + ".csv";
        var read = CandleFiles.Read(path);
        if (!read.IsSuccess) throw new InvalidOperationException(read.Error.Message);
        return [.. read.Value.Select(c => Bar.From(c))];
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Qari.slnx"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Run from inside the repository.");
    }
}
