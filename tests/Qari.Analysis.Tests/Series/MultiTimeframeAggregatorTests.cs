using Qari.Analysis.Series;
using Qari.Model.Market;

namespace Qari.Analysis.Tests.Series;

public sealed class MultiTimeframeAggregatorTests
{
    [Fact]
    public void Add_RealFiveMinuteWeek_BuildsEveryHigherTimeframeOnUtcBoundaries()
    {
        var bars = TestData.Bars("binance_BTCUSDT_5m_week");
        var ladder = new MultiTimeframeAggregator(Timeframe.M5, Timeframe.M15, Timeframe.H1, Timeframe.H4, Timeframe.D1);
        foreach (var bar in bars) Assert.True(ladder.Add(bar).IsSuccess);

        Assert.Equal(bars.Length, ladder.Series(Timeframe.M5).Count);
        Assert.Equal(672 - 5, ladder.Series(Timeframe.M15).Count);
        Assert.Equal(168 - 1, ladder.Series(Timeframe.H1).Count);
        Assert.Equal(42, ladder.Series(Timeframe.H4).Count);
        Assert.Equal(7, ladder.Series(Timeframe.D1).Count);
        Assert.Equal(16, ladder.MissingInputs);
        Assert.Equal(4, ladder.IncompleteCandles); // the cut 15m, 1h, 4h and 1d candles around the outage
        foreach (var day in ladder.Series(Timeframe.D1).AsSpan()) Assert.Equal(0, day.OpenTimeMs % 86_400_000L);
    }

    [Fact]
    public void Add_OutOfOrderInput_IsRejectedEverywhere()
    {
        var ladder = new MultiTimeframeAggregator(Timeframe.M5, Timeframe.M15);
        Assert.True(ladder.Add(new Bar(300_000, 1, 1, 1, 1, 1)).IsSuccess);
        Assert.False(ladder.Add(new Bar(0, 1, 1, 1, 1, 1)).IsSuccess);
        Assert.Equal(1, ladder.Series(Timeframe.M5).Count);
    }
}
