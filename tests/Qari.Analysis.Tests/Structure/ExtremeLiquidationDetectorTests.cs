using Qari.Analysis.Series;
using Qari.Analysis.Structure;
using Qari.Model.Market;

namespace Qari.Analysis.Tests.Structure;

public class ExtremeLiquidationDetectorTests
{
    private static ExtremeLiquidationDetector Feed(ExtremeLiquidationDetector d, IEnumerable<Bar> bars)
    {
        foreach (var b in bars) d.Update(b);
        return d;
    }

    private static IEnumerable<Bar> Quiet(int count, double price, int from) => TestBars.Flat(count, price, from);

    [Fact]
    public void Update_25PercentCandleWith10xVolume_Flags()
    {
        var d = Feed(new ExtremeLiquidationDetector(), Quiet(200, 100, 0));
        d.Update(new Bar(TestBars.TimeOf(200), 100, 100.5, 75, 80, 1000));
        Assert.True(d.TriggeredThisBar);
        Assert.True(d.IsFlagged);
        var ev = d.Current!.Value;
        Assert.Equal(TestBars.TimeOf(200), ev.TriggerTimeMs);
        Assert.Equal(100.5, ev.PeakPrice);
        Assert.Equal(75, ev.LowPrice);
        Assert.Equal((100.5 - 75) / 100.5, ev.Drop, 12);
        Assert.Equal(10, ev.RelativeVolume, 9);
    }

    [Theory]
    [InlineData(85, 1000)] // 15% with extreme volume
    [InlineData(75, 200)] // 25% with only 2x volume
    public void Update_NearMiss_DoesNotFlag(double low, double volume)
    {
        var d = Feed(new ExtremeLiquidationDetector(), Quiet(200, 100, 0));
        d.Update(new Bar(TestBars.TimeOf(200), 100, 100.5, low, low + 2, volume));
        Assert.False(d.IsFlagged);
        Assert.Null(d.Current);
    }

    [Fact]
    public void Update_BeforeHalfTheBaseline_DoesNotFlag()
    {
        var d = Feed(new ExtremeLiquidationDetector(), Quiet(50, 100, 0));
        d.Update(new Bar(TestBars.TimeOf(50), 100, 100.5, 70, 80, 5000));
        Assert.False(d.IsReady);
        Assert.False(d.IsFlagged);
    }

    [Fact]
    public void Update_QuietTwelveHoursAfterLow_Settles()
    {
        var d = Feed(new ExtremeLiquidationDetector(), Quiet(200, 100, 0));
        d.Update(new Bar(TestBars.TimeOf(200), 100, 100.5, 75, 80, 1000));
        Feed(d, Quiet(11, 80, 201));
        Assert.True(d.IsFlagged); // 11 hours after the low
        d.Update(TestBars.Flat(1, 80, 212).Single());
        Assert.True(d.SettledThisBar);
        Assert.False(d.IsFlagged);
        Assert.Equal(TestBars.TimeOf(212), d.Current!.Value.SettledTimeMs);
        Assert.Single(d.History);
    }

    [Fact]
    public void Update_NewLowOrHighVolume_DelaysSettling()
    {
        var d = Feed(new ExtremeLiquidationDetector(), Quiet(200, 100, 0));
        d.Update(new Bar(TestBars.TimeOf(200), 100, 100.5, 75, 80, 1000));
        Feed(d, Quiet(4, 80, 201));
        d.Update(new Bar(TestBars.TimeOf(205), 80, 80.5, 70, 72, 100)); // new low at hour 205
        Feed(d, Quiet(11, 75, 206));
        Assert.True(d.IsFlagged);
        Assert.Equal(70, d.Current!.Value.LowPrice);
        d.Update(new Bar(TestBars.TimeOf(217), 75, 75.5, 74.5, 75, 900)); // 12 h after the low, volume still 9x
        Assert.True(d.IsFlagged);
        d.Update(TestBars.Flat(1, 75, 218).Single());
        Assert.False(d.IsFlagged);
    }

    [Fact]
    public void Update_FiveMinuteCandlesFalling22Percent_FlagsWithinAnHourOnly()
    {
        var settings = new LiquidationSettings(Timeframe.M5);
        const long step = 300_000;
        IEnumerable<Bar> Crash(int candles) => Enumerable.Range(0, candles).Select(i =>
        {
            var top = 100 - 22.0 * i / candles;
            var bottom = 100 - 22.0 * (i + 1) / candles;
            return new Bar(0, top, top, bottom, bottom, 2000);
        });

        var fast = new ExtremeLiquidationDetector(settings);
        Feed(fast, TestBars.Retime(TestBars.Flat(2016, 100, 0, step).Concat(Crash(12)), 0, step));
        Assert.True(fast.IsFlagged);

        var slow = new ExtremeLiquidationDetector(settings);
        Feed(slow, TestBars.Retime(TestBars.Flat(2016, 100, 0, step).Concat(Crash(24)), 0, step));
        Assert.False(slow.IsFlagged);
    }

    [Fact]
    public void Update_FiveMinuteCandlesAcrossADataGap_WindowDoesNotStretch()
    {
        const long step = 300_000;
        var d = new ExtremeLiquidationDetector(new LiquidationSettings(Timeframe.M5));
        Feed(d, TestBars.Retime(TestBars.Flat(2016, 100, 0, step), 0, step));
        // Peak 100 at candle 2015, then two hours of missing candles, then a candle at 78 on big volume:
        // 22% below a peak that is more than an hour old.
        d.Update(new Bar(TestBars.TimeOf(2016 + 24, step), 80, 80, 78, 79, 20_000));
        Assert.False(d.IsFlagged);
        // The same candle right after the peak flags.
        var e = new ExtremeLiquidationDetector(new LiquidationSettings(Timeframe.M5));
        Feed(e, TestBars.Retime(TestBars.Flat(2016, 100, 0, step), 0, step));
        e.Update(new Bar(TestBars.TimeOf(2016, step), 80, 80, 78, 79, 20_000));
        Assert.True(e.IsFlagged);
    }

    [Fact]
    public void Update_OpenInterestSupplied_RequiresItsCollapse()
    {
        var crash = new Bar(TestBars.TimeOf(200), 100, 100.5, 75, 80, 1000);
        var steady = new ExtremeLiquidationDetector();
        foreach (var b in Quiet(200, 100, 0)) steady.Update(b, openInterest: 1000);
        steady.Update(crash, openInterest: 980);
        Assert.False(steady.IsFlagged);

        var collapsing = new ExtremeLiquidationDetector();
        foreach (var b in Quiet(200, 100, 0)) collapsing.Update(b, openInterest: 1000);
        collapsing.Update(crash, openInterest: 700);
        Assert.True(collapsing.IsFlagged);

        var risingDelta = new ExtremeLiquidationDetector();
        foreach (var b in Quiet(200, 100, 0)) risingDelta.Update(b, cumulativeVolumeDelta: 0);
        risingDelta.Update(crash, cumulativeVolumeDelta: 50);
        Assert.False(risingDelta.IsFlagged);
    }

    [Fact]
    public void Constructor_FourHourCandles_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExtremeLiquidationDetector(new LiquidationSettings(Timeframe.H4)));
}
