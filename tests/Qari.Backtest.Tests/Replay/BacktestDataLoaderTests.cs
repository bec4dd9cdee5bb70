using Qari.Backtest.Replay;
using Qari.Backtest.Results;
using Qari.Model.Ids;
using Qari.Model.Market;
using Qari.Storage.Candles;
using Qari.Storage.Candles.Import;

namespace Qari.Backtest.Tests.Replay;

public sealed class BacktestDataLoaderTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "qari-bt-store-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public void Load_StoreImportedFromTheSameCsv_ByteIdenticalJson()
    {
        ImportDemo();
        Assert.True(BacktestDataLoader.IsStore(_root, ExchangeId.Binance));
        var fromStore = BacktestDataLoader.Load(_root, GoldenRun.Settings);
        Assert.True(fromStore.IsSuccess, fromStore.IsSuccess ? "" : fromStore.Error.Message);
        var csv = GoldenRun.Load(GoldenRun.Settings);
        Assert.Equal(csv.Select(d => d.Symbol), fromStore.Value.Select(d => d.Symbol));
        Assert.Equal(csv.Select(d => d.WarmUp.Count), fromStore.Value.Select(d => d.WarmUp.Count));
        var run = new BacktestRunner(GoldenRun.Settings, fromStore.Value).Run();
        Assert.Equal(JsonReportWriter.Write(GoldenRun.Report), JsonReportWriter.Write(ReportBuilder.Build(run)));
    }

    [Fact]
    public void LoadStore_SameCandlesAsCsv_ValuesAndRulesEqual()
    {
        ImportDemo();
        var settings = GoldenRun.Settings with { Symbols = [new Symbol("BTC", "USDT")], ToMs = GoldenRun.FromMs + 86_400_000L };
        var store = BacktestDataLoader.LoadStore(_root, settings);
        Assert.True(store.IsSuccess, store.IsSuccess ? "" : store.Error.Message);
        var csv = GoldenRun.Load(settings);
        Assert.Equal(288, csv[0].Candles5m.Count);
        Assert.Equal(csv[0].Candles5m, store.Value[0].Candles5m);
        // Both loaders give arrays, which the replay reads in place.
        Assert.IsType<Candle[]>(csv[0].Candles5m);
        Assert.IsType<Candle[]>(store.Value[0].Candles5m);
        Assert.Equal(csv[0].WarmUp, store.Value[0].WarmUp);
        Assert.Equal(csv[0].Rules, store.Value[0].Rules);
    }

    [Fact]
    public void LoadStore_NoSeriesOfTheExchange_ErrorSaysHowToImport()
    {
        Directory.CreateDirectory(_root);
        var loaded = BacktestDataLoader.LoadStore(_root, GoldenRun.Settings);
        Assert.False(loaded.IsSuccess);
        Assert.Contains("qari data import", loaded.Error.Message, StringComparison.Ordinal);
        Assert.False(BacktestDataLoader.IsStore(GoldenRun.DataDirectory, ExchangeId.Binance));
    }

    private void ImportDemo()
    {
        var files = Directory.GetFiles(GoldenRun.DataDirectory, "binance_*").Order(StringComparer.Ordinal).ToList();
        var imported = CandleImporter.Import(new CandleStore(_root), files, new CandleImportOptions());
        Assert.True(imported.Succeeded, string.Join("; ", imported.Issues));
        Assert.Equal(files.Count, imported.Series.Count);
    }
}
