using Qari.Cli.Commands.Backtest;
using Qari.Storage.Candles;
using Qari.Storage.Candles.Import;

namespace Qari.Cli.Tests.Commands.Backtest;

public class BacktestCommandTests
{
    private static readonly string DataDirectory = Path.Combine(AppContext.BaseDirectory, "TestData", "analyze");

    [Fact]
    public void Run_SmallDataSet_WritesJsonAndHtmlAndSummary()
    {
        var dir = Directory.CreateTempSubdirectory("qari-cli-bt-");
        try
        {
            var output = new StringWriter();
            var errors = new StringWriter();
            var code = BacktestCommand.Run(new BacktestOptions(DataDirectory, "binance", "ETH/USDT", null, null, 10_000m, dir.FullName, LookAheadCheck: true), output, errors);
            Assert.True(code == 0, errors.ToString());
            Assert.Contains("Backtest binance ETH/USDT", output.ToString(), StringComparison.Ordinal);
            Assert.Contains("look-ahead check: passed", output.ToString(), StringComparison.Ordinal);
            var json = File.ReadAllText(Path.Combine(dir.FullName, "backtest-report.json"));
            Assert.Contains("\"startingEquity\": 10000", json, StringComparison.Ordinal);
            Assert.Contains("<svg id=\"equity\"", File.ReadAllText(Path.Combine(dir.FullName, "backtest-report.html")), StringComparison.Ordinal);
            Assert.Contains("candles", errors.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Run_StoreImportedFromTheCsv_ByteIdenticalJson()
    {
        var dir = Directory.CreateTempSubdirectory("qari-cli-bt-store-");
        try
        {
            var store = Path.Combine(dir.FullName, "store");
            var imported = CandleImporter.Import(new CandleStore(store), Directory.GetFiles(DataDirectory).Order(StringComparer.Ordinal).ToList(), new CandleImportOptions());
            Assert.True(imported.Succeeded, string.Join("; ", imported.Issues));
            var csv = RunTo(Path.Combine(dir.FullName, "csv"), new BacktestOptions(DataDirectory, "binance", "ETH/USDT", null, null, 10_000m, null, false));
            var fromStore = RunTo(Path.Combine(dir.FullName, "store-out"), new BacktestOptions(DataDirectory, "binance", "ETH/USDT", null, null, 10_000m, null, false) { Store = store });
            // --data pointing at a store is read as one.
            var detected = RunTo(Path.Combine(dir.FullName, "detected"), new BacktestOptions(store, "binance", "ETH/USDT", null, null, 10_000m, null, false));
            Assert.Contains("\"candlesReplayed\": ", System.Text.Encoding.UTF8.GetString(csv), StringComparison.Ordinal);
            Assert.Equal(csv, fromStore);
            Assert.Equal(csv, detected);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Run_EmptyStore_ExitOneSaysHowToImport()
    {
        var dir = Directory.CreateTempSubdirectory("qari-cli-bt-store-");
        try
        {
            var errors = new StringWriter();
            var code = BacktestCommand.Run(new BacktestOptions(DataDirectory, "binance", null, null, null, 10_000m, null, false) { Store = dir.FullName }, new StringWriter(), errors);
            Assert.Equal(1, code);
            Assert.Contains("qari data import", errors.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Run_Pipeline_SetsTheSettingAndWritesTheSameJson()
    {
        var options = new BacktestOptions(DataDirectory, "binance", "ETH/USDT", null, null, 10_000m, null, false);
        Assert.False(options.ToSettings().Value.Pipeline);
        Assert.True((options with { Pipeline = true }).ToSettings().Value.Pipeline);
        var dir = Directory.CreateTempSubdirectory("qari-cli-bt-pipeline-");
        try
        {
            var plain = RunTo(Path.Combine(dir.FullName, "plain"), options);
            var pipelined = RunTo(Path.Combine(dir.FullName, "pipelined"), options with { Pipeline = true });
            Assert.Equal(plain, pipelined);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static byte[] RunTo(string output, BacktestOptions options)
    {
        var errors = new StringWriter();
        var code = BacktestCommand.Run(options with { Out = output }, new StringWriter(), errors);
        Assert.True(code == 0, errors.ToString());
        return File.ReadAllBytes(Path.Combine(output, "backtest-report.json"));
    }

    [Theory]
    [InlineData("mtgox", null, "unknown exchange 'mtgox'")]
    [InlineData("binance", "BTCUSDT", "'BTCUSDT' is not a symbol")]
    public void Run_BadOptions_ExitOneWithMessage(string exchange, string? symbols, string message)
    {
        var errors = new StringWriter();
        var code = BacktestCommand.Run(new BacktestOptions(DataDirectory, exchange, symbols, null, null, 10_000m, null, false), new StringWriter(), errors);
        Assert.Equal(1, code);
        Assert.Contains(message, errors.ToString(), StringComparison.Ordinal);
    }
}
