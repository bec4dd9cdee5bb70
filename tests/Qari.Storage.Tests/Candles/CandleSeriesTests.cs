using Qari.Model.Market;
using Qari.Storage.Candles;

namespace Qari.Storage.Tests.Candles;

public class CandleSeriesTests
{
    private static readonly Candle A = new(0, 10m, 12m, 9m, 11m, 1m);

    [Fact]
    public void Create_DuplicateOpenTime_Fails()
    {
        var result = CandleSeries.Create(TestData.Btc5mKey, "x", [A, A with { Close = 10m }]);
        Assert.Contains("duplicate open time", result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_MisalignedOpenTime_Fails()
    {
        var result = CandleSeries.Create(TestData.Btc5mKey, "x", [A, A with { OpenTimeMs = 360_000 }]);
        Assert.Contains("not aligned to 5m", result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_HighBelowClose_Fails()
    {
        var result = CandleSeries.Create(TestData.Btc5mKey, "x", [A with { High = 10.5m }]);
        Assert.Contains("high is below", result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_MixedScales_SmallestCommonScaleAndShortestTextBack()
    {
        var series = CandleSeries.Create(TestData.Btc5mKey, "x", [A with { Open = 10.5m }, A with { OpenTimeMs = 300_000, Low = 9.125m }]).Value;

        Assert.Equal(3, series.Info.PriceScale);
        Assert.Equal("10.5", series[0].Open.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(9.125m, series[1].Low);
    }

    [Fact]
    public void IndexOf_KnownAndMissingTimes()
    {
        var series = TestData.Btc5mSeries();
        Assert.Equal(0, series.IndexOf(1679270400000));
        Assert.True(series.IndexOf(1679661600000) < 0); // inside the 2023-03-24 hole
    }
}
