using Qari.Analysis.Indicators;
using Qari.Analysis.Series;

namespace Qari.Analysis.Tests.Indicators;

/// <summary>WarmUpPeriod, IsReady, Reset and allocation behaviour shared by every indicator.</summary>
public sealed class IndicatorLifecycleTests
{
    private static readonly Bar[] Bars = TestData.Bars("binance_BTCUSDT_4h");

    public static TheoryData<string> Names() => [.. Factories.Keys];

    private static readonly Dictionary<string, Func<IBarIndicator>> Factories = new()
    {
        ["Sma"] = () => new Sma(20),
        ["Ema"] = () => new Ema(50),
        ["Rsi"] = () => new Rsi(14),
        ["Atr"] = () => new Atr(14),
        ["Macd"] = () => new Macd(),
        ["BollingerBands"] = () => new BollingerBands(),
        ["Adx"] = () => new Adx(14),
        ["Obv"] = () => new Obv(),
        ["Mfi"] = () => new Mfi(14),
        ["Stochastic"] = () => new Stochastic(),
        ["SessionVwap"] = () => new SessionVwap(),
        ["AnchoredVwap"] = () => new AnchoredVwap(Bars[0].OpenTimeMs),
        ["RelativeVolume"] = () => new RelativeVolume(20),
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void IsReady_AfterExactlyWarmUpPeriodInputs_BecomesTrue(string name)
    {
        var indicator = Factories[name]();
        for (var i = 0; i < indicator.WarmUpPeriod - 1; i++)
        {
            indicator.Update(Bars[i]);
            Assert.False(indicator.IsReady, $"{name} ready after {i + 1} of {indicator.WarmUpPeriod} inputs");
        }
        indicator.Update(Bars[indicator.WarmUpPeriod - 1]);
        Assert.True(indicator.IsReady);
        Assert.Equal(indicator.WarmUpPeriod, indicator.Count);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Reset_ThenReplay_ReproducesTheSameValues(string name)
    {
        var indicator = Factories[name]();
        var first = Replay(indicator, 600);
        indicator.Reset();
        Assert.False(indicator.IsReady);
        Assert.Equal(0, indicator.Count);
        Assert.Equal(first, Replay(indicator, 600));
        Assert.Equal(first, Replay(Factories[name](), 600));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Update_InSteadyState_AllocatesNothing(string name)
    {
        var indicator = Factories[name]();
        for (var i = 0; i < 500; i++) indicator.Update(Bars[i]);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 500; i < Bars.Length; i++) indicator.Update(Bars[i]);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Update_CorrelationInSteadyState_AllocatesNothing()
    {
        var correlation = new RollingCorrelation(30);
        for (var i = 1; i < 100; i++) correlation.Update(Bars[i].Close, Bars[i].Volume);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 100; i < Bars.Length; i++) correlation.Update(Bars[i].Close, Bars[i].Volume);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Value_BeforeWarmUp_IsNaN(string name)
    {
        var indicator = Factories[name]();
        if (indicator is IValueIndicator single) Assert.True(double.IsNaN(single.Value));
        if (indicator.WarmUpPeriod > 1)
        {
            indicator.Update(Bars[0]);
            if (indicator is IValueIndicator stillSingle) Assert.True(double.IsNaN(stillSingle.Value));
        }
    }

    [Fact]
    public void WarmUpPeriod_MatchesTaLibLookbackPlusOne()
    {
        Assert.Equal(20, new Sma(20).WarmUpPeriod);
        Assert.Equal(200, new Ema(200).WarmUpPeriod);
        Assert.Equal(15, new Rsi(14).WarmUpPeriod);
        Assert.Equal(15, new Atr(14).WarmUpPeriod);
        Assert.Equal(34, new Macd(12, 26, 9).WarmUpPeriod);
        Assert.Equal(20, new BollingerBands(20).WarmUpPeriod);
        Assert.Equal(28, new Adx(14).WarmUpPeriod);
        Assert.Equal(1, new Obv().WarmUpPeriod);
        Assert.Equal(15, new Mfi(14).WarmUpPeriod);
        Assert.Equal(18, new Stochastic(14, 3, 3).WarmUpPeriod);
        Assert.Equal(21, new RelativeVolume(20).WarmUpPeriod);
        Assert.Equal(30, new RollingCorrelation(30).WarmUpPeriod);
    }

    private static List<double> Replay(IBarIndicator indicator, int count)
    {
        var values = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            indicator.Update(Bars[i]);
            values.Add(indicator switch
            {
                IValueIndicator v => v.Value,
                Macd m => m.Histogram,
                BollingerBands b => b.Upper,
                Stochastic s => s.D,
                _ => throw new InvalidOperationException($"No output chosen for {indicator.GetType().Name}"),
            });
        }
        return values;
    }
}
