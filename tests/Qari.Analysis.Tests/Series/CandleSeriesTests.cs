using Qari.Analysis.Series;
using Qari.Model.Market;

namespace Qari.Analysis.Tests.Series;

public sealed class CandleSeriesTests
{
    [Fact]
    public void From_RealCandles_ConvertsToDoublesAndCountsMissingCandles()
    {
        var candles = TestData.Candles("binance_BTCUSDT_1h_week");
        var series = CandleSeries.From(Timeframe.H1, candles).Value;
        Assert.Equal(candles.Count, series.Count);
        Assert.Equal(1, series.MissingCandles); // 2023-03-24 13:00 (Binance outage)
        Assert.Equal((double)candles[5].Close, series[5].Close);
        Assert.Equal(candles[^1].OpenTimeMs, series.Last.OpenTimeMs);
    }

    [Fact]
    public void Append_MisalignedOrNotAfterNewest_Fails()
    {
        var series = new CandleSeries(Timeframe.H1, 1);
        Assert.True(series.Append(new Bar(3_600_000, 1, 1, 1, 1, 1)).IsSuccess);
        Assert.Equal("series.misaligned", series.Append(new Bar(3_660_000, 1, 1, 1, 1, 1)).Error!.Code);
        Assert.Equal("series.order", series.Append(new Bar(3_600_000, 1, 1, 1, 1, 1)).Error!.Code);
        Assert.True(series.Append(new Bar(7_200_000, 1, 1, 1, 1, 1)).IsSuccess);
        Assert.Equal(2, series.Count);
        Assert.Equal(2, series.AsSpan().Length);
    }
}
