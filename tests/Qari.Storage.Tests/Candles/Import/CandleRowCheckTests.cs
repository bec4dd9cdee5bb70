using Qari.Model.Market;
using Qari.Storage.Candles;
using Qari.Storage.Candles.Import;

namespace Qari.Storage.Tests.Candles.Import;

public class CandleRowCheckTests
{
    [Fact]
    public void Check_RealSubset_NoIssuesAndTheKnownGap()
    {
        var (file, issues) = CandleFileReader.Read(TestData.Btc5m);
        Assert.Empty(issues);

        var (problems, duplicates, gaps) = CandleRowCheck.Check(file!, Timeframe.M5);

        Assert.Empty(problems);
        Assert.Equal(0, duplicates);
        Assert.Equal(new CandleGap(1679661600000, 1679666100000, 16), Assert.Single(gaps!));
    }

    [Fact]
    public void Check_DuplicatedRows_CountedWithLines()
    {
        using var dir = new TempDirectory();
        var path = dir.File("binance_BTCUSDT_5m.csv");
        var lines = File.ReadAllLines(TestData.Btc5m).Take(11).ToList();
        lines.Insert(6, lines[5]);
        lines.Add(lines[10]);
        File.WriteAllLines(path, lines);
        var (file, _) = CandleFileReader.Read(path);

        var (problems, duplicates, _) = CandleRowCheck.Check(file!, Timeframe.M5);

        Assert.Equal(2, duplicates);
        Assert.StartsWith("binance_BTCUSDT_5m.csv, line 7: duplicate candle", problems[0].ToString(), StringComparison.Ordinal);
        Assert.Contains("(first at line 6)", problems[0].ToString(), StringComparison.Ordinal);
    }
}
