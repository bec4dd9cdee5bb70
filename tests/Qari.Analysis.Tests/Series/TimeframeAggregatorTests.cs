using Qari.Analysis.Series;
using Qari.Model.Market;

namespace Qari.Analysis.Tests.Series;

/// <summary>Aggregation of real Binance 5m BTCUSDT candles (2023-03-20 → 03-27, with the 2023-03-24 outage gap).</summary>
public sealed class TimeframeAggregatorTests
{
    private const long FiveMinutes = 300_000L;
    private static readonly Bar[] FiveMinuteBars = TestData.Bars("binance_BTCUSDT_5m_week");

    [Theory]
    [InlineData(Timeframe.H1, "binance_BTCUSDT_1h_week", 166)]
    [InlineData(Timeframe.H4, "binance_BTCUSDT_4h_week", 41)]
    [InlineData(Timeframe.D1, "binance_BTCUSDT_1d_week", 6)]
    public void Add_RealFiveMinuteData_ReproducesTheExchangeCandles(Timeframe output, string exchangeFile, int expectedComplete)
    {
        var exchange = TestData.Bars(exchangeFile).ToDictionary(b => b.OpenTimeMs);
        var closed = Aggregate(new TimeframeAggregator(Timeframe.M5, output), FiveMinuteBars);

        var complete = closed.Where(c => c.IsComplete).ToList();
        Assert.Equal(expectedComplete, complete.Count);
        foreach (var candle in complete)
        {
            Assert.Equal(0, candle.Bar.OpenTimeMs % output.Milliseconds());
            var expected = exchange[candle.Bar.OpenTimeMs];
            Assert.Equal(expected.Open, candle.Bar.Open);
            Assert.Equal(expected.High, candle.Bar.High);
            Assert.Equal(expected.Low, candle.Bar.Low);
            Assert.Equal(expected.Close, candle.Bar.Close);
            Assert.True(Math.Abs(expected.Volume - candle.Bar.Volume) <= 1e-9 * expected.Volume,
                $"{output.Name()} {candle.Bar.OpenTimeMs}: volume {candle.Bar.Volume:R} vs exchange {expected.Volume:R}");
        }
    }

    [Fact]
    public void Add_OutageGap_ReportsTheGapAndFlagsTheCandleItCut()
    {
        var aggregator = new TimeframeAggregator(Timeframe.M5, Timeframe.H1);
        var gaps = new List<InputGap>();
        var closed = new List<AggregatedBar>();
        foreach (var bar in FiveMinuteBars)
        {
            var step = aggregator.Add(bar).Value;
            if (step.Gap is { } gap) gaps.Add(gap);
            if (step.ClosedBeforeGap is { } early) closed.Add(early);
            if (step.Closed is { } late) closed.Add(late);
        }
        var only = Assert.Single(gaps);
        var outageStart = DateTimeOffset.Parse("2023-03-24T12:40:00Z", System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeMilliseconds();
        Assert.Equal(outageStart, only.FirstMissingMs);
        Assert.Equal(outageStart + (15 * FiveMinutes), only.LastMissingMs);
        Assert.Equal(16, only.MissingCount);

        var cut = Assert.Single(closed, c => !c.IsComplete);
        Assert.Equal(outageStart - (40 * 60_000L), cut.Bar.OpenTimeMs);
        Assert.Equal(8, cut.ReceivedInputs);
        Assert.Equal(12, cut.ExpectedInputs);
        Assert.DoesNotContain(closed, c => c.Bar.OpenTimeMs == cut.Bar.OpenTimeMs + 3_600_000L); // 13:00 had no input at all
    }

    [Fact]
    public void Add_EveryInput_NeverEmitsACandleWhosePeriodIsNotOver()
    {
        var aggregator = new TimeframeAggregator(Timeframe.M5, Timeframe.M15);
        var emitted = 0;
        foreach (var bar in FiveMinuteBars)
        {
            var step = aggregator.Add(bar).Value;
            var inputEnd = bar.OpenTimeMs + FiveMinutes;
            foreach (var candle in new[] { step.ClosedBeforeGap, step.Closed })
            {
                if (candle is not { } c) continue;
                Assert.True(c.Bar.OpenTimeMs + Timeframe.M15.Milliseconds() <= inputEnd, "emitted before its period ended");
                emitted++;
            }
            var isLastOfPeriod = (bar.OpenTimeMs + FiveMinutes) % Timeframe.M15.Milliseconds() == 0;
            Assert.Equal(isLastOfPeriod, step.Closed.HasValue);
        }
        // 7 days = 672 quarter-hours; the outage (12:40–13:55) removes every input of 12:45, 13:00, 13:15, 13:30, 13:45.
        Assert.Equal(672 - 5, emitted);
    }

    [Fact]
    public void AdvanceTo_ClockPastPeriodEnd_ClosesThePendingCandleAndRejectsLateInput()
    {
        var aggregator = new TimeframeAggregator(Timeframe.M5, Timeframe.H1);
        for (var i = 0; i < 11; i++) Assert.False(aggregator.Add(new Bar(i * FiveMinutes, 1, 2, 0.5, 1.5, 1)).Value.HasClosed);

        Assert.Null(aggregator.AdvanceTo(3_600_000L - 1));
        var closed = aggregator.AdvanceTo(3_600_000L);
        Assert.NotNull(closed);
        Assert.Equal(11, closed.Value.ReceivedInputs);
        Assert.Equal(11.0, closed.Value.Bar.Volume);

        var late = aggregator.Add(new Bar(11 * FiveMinutes, 1, 2, 0.5, 1.5, 1));
        Assert.False(late.IsSuccess);
        Assert.Equal("aggregate.late", late.Error!.Code);
    }

    [Fact]
    public void Add_MisalignedOrRepeatedInput_FailsWithoutChangingState()
    {
        var aggregator = new TimeframeAggregator(Timeframe.M5, Timeframe.M15);
        Assert.True(aggregator.Add(new Bar(0, 1, 1, 1, 1, 1)).IsSuccess);
        Assert.Equal("aggregate.misaligned", aggregator.Add(new Bar(60_000, 1, 1, 1, 1, 1)).Error!.Code);
        Assert.Equal("aggregate.order", aggregator.Add(new Bar(0, 1, 1, 1, 1, 1)).Error!.Code);
        Assert.True(aggregator.Add(new Bar(FiveMinutes, 1, 3, 1, 2, 1)).IsSuccess);
        var step = aggregator.Add(new Bar(2 * FiveMinutes, 2, 2, 0.5, 1, 1)).Value;
        Assert.Equal(new Bar(0, 1, 3, 0.5, 1, 3), step.Closed!.Value.Bar);
        Assert.True(step.Closed.Value.IsComplete);
    }

    [Fact]
    public void Constructor_OutputNotAMultipleOfInput_Throws()
    {
        Assert.Throws<ArgumentException>(() => new TimeframeAggregator(Timeframe.H1, Timeframe.M15));
        Assert.Throws<ArgumentException>(() => new TimeframeAggregator(Timeframe.H1, Timeframe.H1));
    }

    [Fact]
    public void Add_SteadyState_AllocatesNothing()
    {
        var aggregator = new TimeframeAggregator(Timeframe.M5, Timeframe.H1);
        for (var i = 0; i < 100; i++) _ = aggregator.Add(FiveMinuteBars[i]);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 100; i < FiveMinuteBars.Length; i++) _ = aggregator.Add(FiveMinuteBars[i]);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static List<AggregatedBar> Aggregate(TimeframeAggregator aggregator, IEnumerable<Bar> bars)
    {
        var closed = new List<AggregatedBar>();
        foreach (var bar in bars)
        {
            var step = aggregator.Add(bar);
            Assert.True(step.IsSuccess, step.Error?.Message);
            if (step.Value.ClosedBeforeGap is { } early) closed.Add(early);
            if (step.Value.Closed is { } late) closed.Add(late);
        }
        return closed;
    }

    [Theory]
    [InlineData(Timeframe.M15)]
    [InlineData(Timeframe.H1)]
    [InlineData(Timeframe.H4)]
    [InlineData(Timeframe.D1)]
    public void Add_RandomStreams_ShortcutMatchesTheCheckedPath(Timeframe output)
    {
        var random = new Random(20261126 + (int)output);
        const long step = 300_000L;
        var closed = 0;
        var shortcuts = 0;
        for (var stream = 0; stream < 40; stream++)
        {
            var fast = new TimeframeAggregator(Timeframe.M5, output);
            var checkedPath = new TimeframeAggregator(Timeframe.M5, output) { FastPath = false };
            var t = 1_700_000_000_000L - (1_700_000_000_000L % 86_400_000L);
            for (var i = 0; i < 3_000; i++)
            {
                var roll = random.Next(100);
                // Mostly the next candle; now and then a gap, a repeat, a misaligned time or the clock jumping ahead.
                if (roll < 3) t += step * random.Next(2, 400);
                else if (roll < 5) t -= step * random.Next(0, 3);
                else if (roll == 5) t += 60_000L;
                else if (roll == 6)
                {
                    var now = t + (step * random.Next(0, 300));
                    Assert.Equal(checkedPath.AdvanceTo(now), fast.AdvanceTo(now));
                    continue;
                }
                else t += step;
                var price = 100.0 + random.NextDouble();
                var bar = new Bar(t, price, price + random.NextDouble(), price - random.NextDouble(), price + 0.1, random.NextDouble() * 10);
                var expected = checkedPath.Add(bar);
                // Half the time the step-free shortcut (as SymbolAnalyzer uses it), falling back to Add when declined:
                // it accepts only what Add accepts without a gap or an earlier candle, and closes the same candle.
                if (random.Next(2) == 0 && fast.TryAddNext(bar, out var periodClosed))
                {
                    shortcuts++;
                    Assert.True(expected.IsSuccess);
                    Assert.Null(expected.Value.Gap);
                    Assert.Null(expected.Value.ClosedBeforeGap);
                    Assert.Equal(expected.Value.Closed?.Bar, periodClosed ? fast.LastClosed : null);
                    if (periodClosed) closed++;
                    continue;
                }
                var actual = fast.Add(bar);
                Assert.Equal(expected.IsSuccess, actual.IsSuccess);
                if (expected.IsSuccess) Assert.Equal(expected.Value, actual.Value);
                if (expected.IsSuccess && expected.Value.Closed is not null) closed++;
                else t -= t % step; // back on the 5m grid after a misaligned input
            }
        }
        Assert.True(closed > 100);
        Assert.True(shortcuts > 10_000);
    }
}
