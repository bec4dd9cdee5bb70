using Qari.Cli.Commands.Backtest;

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
