using Qari.Analysis.Engine;
using Qari.Analysis.Series;
using Qari.Analysis.Structure;
using Qari.Model.Market;
using static Qari.Analysis.Tests.Layers.Synthetic;

namespace Qari.Analysis.Tests.Engine;

public sealed class SymbolAnalyzerSignalTests
{
    /// <summary>A 15m downtrend (lower highs and lows, bearish breaks) and then a rally through the last lower high.</summary>
    private static Bar[] DownThenRally()
    {
        double[] pivots = [.. Down(500, 8), 560];
        return Path(Timeframe.M5, Start + (200L * 3_600_000), 24, pivots);
    }

    private static (SymbolAnalyzer Analyzer, List<(int Cycle, StructureSignal Signal)> Seen) Replay(Bar[] bars)
    {
        var analyzer = new SymbolAnalyzer();
        var seen = new List<(int, StructureSignal)>();
        long next = 0;
        for (var i = 0; i < bars.Length; i++)
        {
            Assert.True(analyzer.Add(bars[i]).IsSuccess);
            // One cycle per 5m candle: read what is new since the last cycle, and reading again yields nothing.
            foreach (var s in analyzer.SignalsSince(next)) seen.Add((i, s));
            next = analyzer.SignalCount;
            Assert.Empty(analyzer.SignalsSince(next));
        }
        return (analyzer, seen);
    }

    [Fact]
    public void SignalsSince_15mChangeOfCharacter_ReportedExactlyOnceAtTheBreakingClose()
    {
        var (analyzer, seen) = Replay(DownThenRally());
        var choch = Assert.Single(seen, s => s.Signal.Kind == StructureSignalKind.BullishChoch);
        Assert.Equal(Timeframe.M15, choch.Signal.Timeframe);
        var breakEvent = Assert.Single(analyzer.M15.Structure.Breaks, b => b.Kind == BreakKind.Choch && b.Direction == Direction.Bullish);
        Assert.Equal(breakEvent.Level, choch.Signal.Price);
        Assert.Equal(breakEvent.TimeMs + Timeframe.M15.Milliseconds(), choch.Signal.TimeMs);
        // Reported in the cycle whose 5m candle closed the breaking 15m candle, not later.
        Assert.Equal(choch.Signal.TimeMs, DownThenRally()[choch.Cycle].OpenTimeMs + Timeframe.M5.Milliseconds());
    }

    [Fact]
    public void SignalsSince_Sequences_AreConsecutiveAndEachSeenOnce()
    {
        var (analyzer, seen) = Replay(DownThenRally());
        Assert.Equal(analyzer.SignalCount, seen.Count);
        Assert.Equal(Enumerable.Range(0, seen.Count).Select(i => (long)i), seen.Select(s => s.Signal.Sequence));
    }

    [Fact]
    public void SignalsSince_HigherLows_AreAboveThePreviousSwingLowOfTheirTimeframe()
    {
        double[] pivots = [.. Up(100, 12)];
        var bars = Path(Timeframe.M5, Start + (400L * 3_600_000), 48, pivots);
        var (_, seen) = Replay(bars);
        var lows = seen.Where(s => s.Signal.Kind == StructureSignalKind.HigherLow).Select(s => s.Signal).ToList();
        Assert.Contains(lows, s => s.Timeframe == Timeframe.M15);
        Assert.Contains(lows, s => s.Timeframe == Timeframe.H1);
        foreach (var tf in new[] { Timeframe.M15, Timeframe.H1 })
        {
            var prices = lows.Where(s => s.Timeframe == tf).Select(s => s.Price).ToList();
            Assert.Equal(prices.Order(), prices);
        }
        Assert.DoesNotContain(seen, s => s.Signal.Kind == StructureSignalKind.BullishChoch);
    }

    [Fact]
    public void SignalsSince_WarmUpHistory_CountedSoAReaderCanSkipIt()
    {
        var h1 = Path(Timeframe.H1, Start + (400L * 3_600_000), 4, Up(100, 30));
        var analyzer = Analyzer(h1: h1);
        Assert.True(analyzer.SignalCount > 0);
        Assert.Empty(analyzer.SignalsSince(analyzer.SignalCount));
    }
}
