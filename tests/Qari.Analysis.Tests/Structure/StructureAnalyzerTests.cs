using Qari.Analysis.Series;
using Qari.Analysis.Structure;
using Qari.Model.Market;

namespace Qari.Analysis.Tests.Structure;

public class StructureAnalyzerTests
{
    private static readonly StructureSettings With1hEle = new(Liquidation: new LiquidationSettings(Timeframe.H1));

    private static (StructureAnalyzer A, List<string> Events, List<Swing> Swings, List<StructureBreak> Breaks) RunAll(
        IReadOnlyList<Candle> candles, StructureSettings settings, int count = int.MaxValue)
    {
        var a = new StructureAnalyzer(settings);
        var events = new List<string>();
        var swings = new List<Swing>();
        var breaks = new List<StructureBreak>();
        for (var t = 0; t < Math.Min(count, candles.Count); t++)
        {
            a.Update(candles[t]);
            events.AddRange(StructureSnapshot.NewEvents(a));
            for (var i = 0; i < a.Structure.Swings.NewSwingCount; i++) swings.Add(a.Structure.Swings.NewSwing(i));
            for (var i = 0; i < a.Structure.NewBreakCount; i++) breaks.Add(a.Structure.NewBreak(i));
        }
        return (a, events, swings, breaks);
    }

    [Theory]
    [InlineData(TestBars.Btc1h)]
    [InlineData(TestBars.Btc4h)]
    public void Update_RealBtcData_SwingsAlternateAndAreRealPivots(string file)
    {
        var candles = TestBars.Load(file);
        var (_, _, swings, _) = RunAll(candles, StructureSettings.Default);
        var n = SwingSettings.Default.Strength;
        Assert.InRange(swings.Count, candles.Count / 40, candles.Count / 3);
        for (var i = 1; i < swings.Count; i++) Assert.NotEqual(swings[i - 1].Kind, swings[i].Kind);
        foreach (var s in swings)
        {
            var c = candles[(int)s.Index];
            Assert.Equal(c.OpenTimeMs, s.TimeMs);
            Assert.Equal((double)(s.Kind == SwingKind.High ? c.High : c.Low), s.Price);
            Assert.True(s.ConfirmedTimeMs > s.TimeMs);
            if (s.IsFiller) continue;
            // A real pivot: nothing within N candles either side goes beyond it.
            for (var j = Math.Max(0, (int)s.Index - n); j <= Math.Min(candles.Count - 1, (int)s.Index + n); j++)
            {
                if (s.Kind == SwingKind.High) Assert.True((double)candles[j].High <= s.Price);
                else Assert.True((double)candles[j].Low >= s.Price);
            }
            Assert.Equal(candles[(int)s.Index + n].OpenTimeMs, s.ConfirmedTimeMs);
        }
        Assert.True(swings.Count(s => s.IsFiller) < swings.Count / 4);
    }

    [Theory]
    [InlineData(TestBars.Btc1h)]
    [InlineData(TestBars.Btc4h)]
    public void Update_RealBtcData_BreaksCloseBeyondConfirmedSwings(string file)
    {
        var candles = TestBars.Load(file);
        var (a, events, swings, breaks) = RunAll(candles, StructureSettings.Default);
        Assert.InRange(breaks.Count, 20, swings.Count);
        Assert.Contains(breaks, b => b.Kind == BreakKind.Choch);
        foreach (var b in breaks)
        {
            var swing = swings.Single(s => s.Index == b.SwingIndex && s.Price == b.Level);
            Assert.True(swing.ConfirmedTimeMs < b.TimeMs, "a swing can only be broken after it was confirmed");
            var close = (double)candles[(int)b.Index].Close;
            Assert.Equal(close, b.Close);
            Assert.True(b.Direction == Direction.Bullish ? close > b.Level : close < b.Level);
        }
        Assert.Contains(events, e => e.StartsWith("ob ", StringComparison.Ordinal));
        Assert.Contains(events, e => e.StartsWith("fvg ", StringComparison.Ordinal));
        Assert.Contains(events, e => e.StartsWith("sfp ", StringComparison.Ordinal));
        Assert.Contains(events, e => e.StartsWith("equal ", StringComparison.Ordinal));
        Assert.All(a.Liquidity.BuySide, p => Assert.True(p.Price >= (double)candles[^1].High));
        Assert.All(a.Liquidity.SellSide, p => Assert.True(p.Price <= (double)candles[^1].Low));
        Assert.All(a.OrderBlocks.Blocks, o => Assert.InRange(o.Quality, 0, 100));
        Assert.All(a.OrderBlocks.Blocks, o => Assert.InRange(o.Realism, 0, 1));
    }

    [Fact]
    public void Update_RealBtc2020_EleFlagsOnlyTheMarchCrash()
    {
        var candles = TestBars.Load(TestBars.Btc1h);
        var a = new StructureAnalyzer(With1hEle);
        var triggers = new List<LiquidationEvent>();
        var settled = new List<LiquidationEvent>();
        foreach (var c in candles)
        {
            a.Update(c);
            if (a.Liquidation!.TriggeredThisBar) triggers.Add(a.Liquidation.Current!.Value);
            if (a.Liquidation.SettledThisBar) settled.Add(a.Liquidation.Current!.Value);
        }
        var first = triggers[0];
        // 2020-03-12 10:00 UTC: 7,367 → 5,550 inside one hour on ~6–9x the usual volume.
        Assert.Equal(new DateTimeOffset(2020, 3, 12, 10, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds(), first.TriggerTimeMs);
        Assert.Equal(5550, first.LowPrice);
        Assert.All(triggers, t => Assert.InRange(
            DateTimeOffset.FromUnixTimeMilliseconds(t.TriggerTimeMs), new DateTimeOffset(2020, 3, 12, 0, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2020, 3, 14, 0, 0, 0, TimeSpan.Zero)));
        var firstSettled = settled[0];
        // The event ran through the 3,782 low of 2020-03-13 02:00 and settled only after it.
        Assert.Equal(3782.13, firstSettled.LowPrice);
        Assert.True(firstSettled.SettledTimeMs >= firstSettled.LowTimeMs + 12 * TestBars.Hour);
        Assert.False(a.Liquidation!.IsFlagged);
    }

    [Theory]
    [InlineData(TestBars.Btc1h)]
    [InlineData(TestBars.Btc4h)]
    public void Update_HistoryTruncatedAtManyPoints_SameFindingsAndNoRevisedEvents(string file)
    {
        var candles = TestBars.Load(file);
        var settings = file == TestBars.Btc1h ? With1hEle : StructureSettings.Default;
        var full = new StructureAnalyzer(settings);
        var cuts = Enumerable.Range(1, 12).Select(k => k * candles.Count / 13).Append(candles.Count - 1).ToHashSet();
        var snapshots = new Dictionary<int, string>();
        var eventsUpTo = new Dictionary<int, int>();
        var allEvents = new List<string>();
        for (var t = 0; t < candles.Count; t++)
        {
            full.Update(candles[t]);
            allEvents.AddRange(StructureSnapshot.NewEvents(full));
            if (!cuts.Contains(t + 1)) continue;
            snapshots[t + 1] = StructureSnapshot.Of(full);
            eventsUpTo[t + 1] = allEvents.Count;
        }
        foreach (var cut in cuts.Where(snapshots.ContainsKey))
        {
            var (truncated, events, _, _) = RunAll(candles, settings, cut);
            Assert.Equal(snapshots[cut], StructureSnapshot.Of(truncated));
            // Events once reported are never revised or back-dated by later candles.
            Assert.Equal(allEvents.Take(eventsUpTo[cut]), events);
        }
    }

    [Fact]
    public void Update_TwoRunsAndAReset_IdenticalFindings()
    {
        var candles = TestBars.Load(TestBars.Btc4h);
        var first = RunAll(candles, StructureSettings.Default);
        var second = RunAll(candles, StructureSettings.Default);
        Assert.Equal(first.Events, second.Events);
        Assert.Equal(StructureSnapshot.Of(first.A), StructureSnapshot.Of(second.A));

        first.A.Reset();
        Assert.Equal(0, first.A.BarCount);
        foreach (var c in candles) first.A.Update(c);
        Assert.Equal(StructureSnapshot.Of(second.A), StructureSnapshot.Of(first.A));
    }

    [Fact]
    public void Update_CandleOutOfOrder_Throws()
    {
        var a = new StructureAnalyzer();
        a.Update(new Bar(TestBars.TimeOf(1), 1, 2, 0.5, 1.5, 1));
        Assert.Throws<ArgumentException>(() => a.Update(new Bar(TestBars.TimeOf(1), 1, 2, 0.5, 1.5, 1)));
        Assert.Equal(1, a.BarCount); // rejected before any state changed
        Assert.Throws<ArgumentException>(() => new FairValueGapDetector().Tap(d => d.Update(TestBars.Flat(1, 5, 1).Single()))
            .Update(TestBars.Flat(1, 5, 0).Single()));
        Assert.Throws<ArgumentException>(() => new ExtremeLiquidationDetector().Tap(d => d.Update(TestBars.Flat(1, 5, 1).Single()))
            .Update(TestBars.Flat(1, 5, 0).Single()));
    }

    [Fact]
    public void Update_HigherTimeframeBias_ReachesFairValueGapGrading()
    {
        var candles = TestBars.Load(TestBars.Btc4h);
        var bullish = new StructureAnalyzer();
        var none = new StructureAnalyzer();
        foreach (var c in candles)
        {
            bullish.Update(c, Trend.Bullish);
            none.Update(c);
        }
        Assert.Contains(bullish.FairValueGaps.History, g => g.Grade == Grade.A);
        Assert.DoesNotContain(none.FairValueGaps.History, g => g.Grade == Grade.A);
    }
}
