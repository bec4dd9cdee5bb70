using System.Globalization;
using Qari.Analysis.Indicators;
using Qari.Analysis.Series;
using Qari.Cli.Commands.Analyze;
using Qari.Model.Market;
using Qari.Storage.Candles;

namespace Qari.Cli.Tests.Commands.Analyze;

public sealed class AnalyzeCommandTests : IDisposable
{
    private static readonly string DataDirectory = Path.Combine(AppContext.BaseDirectory, "TestData", "analyze");
    private readonly string _exportPath = Path.Combine(Path.GetTempPath(), $"qari-analyze-{Guid.NewGuid():N}.csv");

    public void Dispose() => File.Delete(_exportPath);

    [Fact]
    public void Export_OneHourFixture_WritesHeaderAndOneRowPerCandle()
    {
        var (code, output, errors) = Run("binance", "BTC/USDT", "1h");
        Assert.True(code == 0, errors);
        Assert.Contains("Wrote 300 rows", output, StringComparison.Ordinal);

        var lines = File.ReadAllLines(_exportPath);
        Assert.Equal(301, lines.Length);
        var header = lines[0].Split(',');
        string[] required = ["open_time_ms", "ema20", "ema50", "ema200", "rsi14", "atr14", "macd", "macd_signal", "macd_hist",
            "bb_upper", "bb_middle", "bb_lower", "adx14", "mfi14", "obv"];
        Assert.Equal(required, header.Take(required.Length));
        Assert.All(lines.Skip(1), l => Assert.Equal(header.Length, l.Split(',').Length));
    }

    [Fact]
    public void Export_OneHourFixture_CellsEqualTheIndicatorClassesAndAreEmptyBeforeWarmUp()
    {
        Assert.Equal(0, Run("binance", "BTC/USDT", "1h").Code);
        var rows = File.ReadAllLines(_exportPath).Skip(1).Select(l => l.Split(',')).ToArray();
        var header = File.ReadLines(_exportPath).First().Split(',');
        int Col(string name) => Array.IndexOf(header, name);

        var bars = CandleFiles.Read(Path.Combine(DataDirectory, "binance_BTCUSDT_1h.csv.gz")).Value.Select(c => Bar.From(c)).ToArray();
        var ema200 = new Ema(200);
        var macd = new Macd();
        var adx = new Adx(14);
        var obv = new Obv();
        for (var i = 0; i < bars.Length; i++)
        {
            ema200.Update(bars[i]);
            macd.Update(bars[i]);
            adx.Update(bars[i]);
            obv.Update(bars[i]);
            Assert.Equal(bars[i].OpenTimeMs.ToString(CultureInfo.InvariantCulture), rows[i][0]);
            Assert.Equal(Expected(ema200.Value), rows[i][Col("ema200")]);
            Assert.Equal(Expected(macd.Histogram), rows[i][Col("macd_hist")]);
            Assert.Equal(Expected(adx.Value), rows[i][Col("adx14")]);
            Assert.Equal(Expected(obv.Value), rows[i][Col("obv")]);
        }
        Assert.Equal(string.Empty, rows[198][Col("ema200")]);
        Assert.NotEqual(string.Empty, rows[199][Col("ema200")]);
        Assert.Equal(string.Empty, rows[32][Col("macd")]);
        Assert.NotEqual(string.Empty, rows[33][Col("macd")]);
        // "R" formatting round-trips to the exact double.
        Assert.Equal(ema200.Value, double.Parse(rows[^1][Col("ema200")], CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Export_OneHourFixture_AppendsAVoteAndPointsColumnPerLayer()
    {
        Assert.Equal(0, Run("binance", "BTC/USDT", "1h").Code);
        var lines = File.ReadAllLines(_exportPath);
        var header = lines[0].Split(',');
        Assert.True(Array.IndexOf(header, "obv") < Array.IndexOf(header, "l01_vote"));
        Assert.Equal(["l01_vote", "l01_points"], header[^22..^20]);
        Assert.Equal(["l11_vote", "l11_points"], header[^2..]);
        var last = lines[^1].Split(',');
        string[] votes = ["bullish", "bearish", "neutral", "abstain"];
        for (var i = 0; i < 11; i++) Assert.Contains(last[^(22 - (2 * i))], votes);
        // 1h only: no 5m candles for the session VWAP, so L9 abstains with zero points.
        Assert.Equal(["abstain", "0"], last[^6..^4]);
    }

    [Fact]
    public void Export_TimeframeWithoutFile_BuildsItFromALowerTimeframe()
    {
        var (code, output, errors) = Run("binance", "ETH/USDT", "15m");
        Assert.True(code == 0, errors);
        Assert.Contains("aggregated 5m→15m", output, StringComparison.Ordinal);
        var rows = File.ReadAllLines(_exportPath);
        Assert.Equal(1 + 30, rows.Length);
        Assert.All(rows.Skip(1), r => Assert.Equal(0, long.Parse(r.Split(',')[0], CultureInfo.InvariantCulture) % Timeframe.M15.Milliseconds()));
    }

    [Theory]
    [InlineData("nasdaq", "BTC/USDT", "1h", "unknown exchange")]
    [InlineData("binance", "BTCUSDT", "1h", "not a symbol")]
    [InlineData("binance", "BTC/USDT", "2h", "not a timeframe")]
    [InlineData("binance", "SOL/USDT", "1h", "no binance_SOLUSDT_1h")]
    public void Export_BadArguments_FailsWithAReason(string exchange, string symbol, string timeframe, string reason)
    {
        var (code, _, errors) = Run(exchange, symbol, timeframe);
        Assert.Equal(1, code);
        Assert.Contains(reason, errors, StringComparison.Ordinal);
        Assert.False(File.Exists(_exportPath));
    }

    [Fact]
    public void Create_ParsesTheDocumentedCommandLine()
    {
        var command = AnalyzeCommand.Create();
        var parse = command.Parse(["--export", "out.csv", "--symbol", "BTC/USDT", "--timeframe", "1h", "--data", "dir"]);
        Assert.Empty(parse.Errors);
        Assert.NotEmpty(command.Parse(["--symbol", "BTC/USDT"]).Errors);
    }

    private static string Expected(double value) =>
        double.IsNaN(value) ? string.Empty : value.ToString("R", CultureInfo.InvariantCulture);

    private (int Code, string Output, string Errors) Run(string exchange, string symbol, string timeframe)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var code = AnalyzeCommand.Export(DataDirectory, exchange, symbol, timeframe, _exportPath, output, errors);
        return (code, output.ToString(), errors.ToString());
    }
}
