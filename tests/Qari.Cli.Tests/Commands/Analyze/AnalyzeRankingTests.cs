using System.Text.Json;
using Qari.Cli.Commands.Analyze;
using Qari.Model.Ids;

namespace Qari.Cli.Tests.Commands.Analyze;

public sealed class AnalyzeRankingTests
{
    private static readonly string DataDirectory = Path.Combine(AppContext.BaseDirectory, "TestData", "analyze");

    private static (int Code, string Output, string Errors) Run(string? symbols = null, string? at = null, string format = "table")
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var code = AnalyzeRanking.Run(DataDirectory, ExchangeId.Binance, symbols, at, format, output, errors);
        return (code, output.ToString(), errors.ToString());
    }

    [Fact]
    public void Run_JsonTwice_IsByteIdentical()
    {
        var first = Run(format: "json");
        var second = Run(format: "json");
        Assert.True(first.Code == 0, first.Errors);
        Assert.Equal(first.Output, second.Output);
        using var doc = JsonDocument.Parse(first.Output);
        var candidates = doc.RootElement.GetProperty("candidates");
        Assert.Equal(2, candidates.GetArrayLength());
        Assert.Equal(11, candidates[0].GetProperty("verdicts").GetArrayLength());
    }

    [Fact]
    public void Run_TableOnFixtures_ExplainsWhyNothingPasses()
    {
        var (code, output, errors) = Run();
        Assert.True(code == 0, errors);
        Assert.Contains("L1 L2 L3", output, StringComparison.Ordinal);
        Assert.Contains("No candidate passes, because:", output, StringComparison.Ordinal);
        Assert.Contains("ETH/USDT:", output, StringComparison.Ordinal);
        Assert.Contains("L8 abstains", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_AtAnEarlierMoment_AnalysesThatMoment()
    {
        var (code, output, errors) = Run(symbols: "ETH/USDT", at: "1659315600000", format: "json");
        Assert.True(code == 0, errors);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(1659315600000, doc.RootElement.GetProperty("at_ms").GetInt64());
        Assert.True(doc.RootElement.GetProperty("candidates")[0].GetProperty("time_ms").GetInt64() <= 1659315600000);
    }

    [Theory]
    [InlineData("ETHUSDT", null, "table", "not a symbol")]
    [InlineData(null, "yesterday-ish", "table", "not a time")]
    [InlineData(null, null, "xml", "--format")]
    [InlineData("ADA/USDT", null, "table", "no candle file for ADA/USDT")]
    public void Run_BadArguments_FailsWithAReason(string? symbols, string? at, string format, string reason)
    {
        var (code, _, errors) = Run(symbols, at, format);
        Assert.Equal(1, code);
        Assert.Contains(reason, errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_RankingCommandLine_ParsesAndExportOptionsNeedEachOther()
    {
        var command = AnalyzeCommand.Create();
        Assert.Empty(command.Parse(["--data", "dir", "--symbols", "BTC/USDT,ETH/USDT", "--at", "2026-02-19T12:00Z", "--format", "json"]).Errors);
        Assert.Empty(command.Parse([]).Errors);
        Assert.NotEmpty(command.Parse(["--export", "out.csv", "--symbol", "BTC/USDT"]).Errors);
    }
}
