using Qari.Analysis.Indicators;
using Qari.Analysis.Series;

namespace Qari.Analysis.Tests.Indicators;

public sealed class SessionVwapTests
{
    private const long Day = 86_400_000L;
    private const long Hour = 3_600_000L;

    [Fact]
    public void Update_WithinOneUtcDay_IsVolumeWeightedTypicalPrice()
    {
        var vwap = new SessionVwap();
        vwap.Update(new Bar(0, 10, 12, 8, 10, 1));       // typical 10
        vwap.Update(new Bar(Hour, 10, 22, 18, 20, 3));   // typical 20
        Assert.Equal((10.0 * 1 + 20.0 * 3) / 4, vwap.Value, 12);
        var variance = ((100.0 * 1) + (400.0 * 3)) / 4 - (17.5 * 17.5);
        Assert.Equal(Math.Sqrt(variance), vwap.Deviation, 12);
        Assert.Equal(vwap.Value + vwap.Deviation, vwap.Upper, 12);
    }

    [Fact]
    public void Update_FirstBarOfNextUtcDay_StartsANewSession()
    {
        var vwap = new SessionVwap();
        vwap.Update(new Bar(Day - Hour, 10, 12, 8, 10, 5));
        vwap.Update(new Bar(Day, 30, 33, 27, 30, 2));
        Assert.Equal(30.0, vwap.Value, 12);
        Assert.Equal(Day, vwap.SessionStartMs);
        Assert.Equal(0.0, vwap.Deviation, 12);
    }

    [Fact]
    public void IsReady_SessionWithoutVolume_IsFalseAndValueNaN()
    {
        var vwap = new SessionVwap();
        vwap.Update(new Bar(0, 10, 10, 10, 10, 0));
        Assert.False(vwap.IsReady);
        Assert.True(double.IsNaN(vwap.Value));
    }

    [Fact]
    public void Update_AnchoredVwap_IgnoresBarsBeforeTheAnchor()
    {
        var anchored = new AnchoredVwap(2 * Hour);
        anchored.Update(new Bar(Hour, 100, 100, 100, 100, 50));
        Assert.False(anchored.IsReady);
        anchored.Update(new Bar(2 * Hour, 10, 12, 8, 10, 1));
        anchored.Update(new Bar(Day + Hour, 10, 22, 18, 20, 1)); // does not reset at the day boundary
        Assert.Equal(15.0, anchored.Value, 12);
        anchored.Reanchor(Day);
        Assert.False(anchored.IsReady);
        anchored.Update(new Bar(Day + Hour, 10, 22, 18, 20, 1));
        Assert.Equal(20.0, anchored.Value, 12);
    }
}
