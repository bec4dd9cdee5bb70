using Qari.Analysis.Layers;
using Qari.Analysis.Structure;
using Qari.Model.Market;
using static Qari.Analysis.Tests.Layers.Synthetic;

namespace Qari.Analysis.Tests.Layers;

public sealed class TargetLevelsTests
{
    private const long Day = 86_400_000;

    [Fact]
    public void AddWeeklySwingHighs_PeakWeekNotTradedAboveSince_IsATargetNamingTheWeek()
    {
        // Six complete weeks from Monday 2024-01-01: up 100→200 over 21 days, down to 120 over 21 days.
        var analyzer = Analyzer(d1: Path(Timeframe.D1, Start + (42 * Day), 21, 100, 200, 120));
        var targets = new List<PriceTarget>();
        TargetLevels.AddWeeklySwingHighs(targets, analyzer.WeeklyHighs, analyzer.Price);
        var t = Assert.Single(targets);
        Assert.Equal(analyzer.D1.Structure.Bars[20].High, t.Price);
        Assert.Equal("unswept 1w swing high (week of 2024-01-15)", t.Reason);
    }

    [Fact]
    public void AddWeeklySwingHighs_PeakTradedAboveLater_IsNoTarget()
    {
        var analyzer = Analyzer(d1: Path(Timeframe.D1, Start + (63 * Day), 21, 100, 200, 120, 210));
        var targets = new List<PriceTarget>();
        TargetLevels.AddWeeklySwingHighs(targets, analyzer.WeeklyHighs, 150);
        Assert.DoesNotContain(targets, t => t.Price < 205);
    }

    [Fact]
    public void AddWeeklySwingHighs_RunningWeekIncomplete_NotUsedAsNeighbour()
    {
        // Peak in week 2, only one complete week after it plus a running week: not yet a confirmed weekly swing.
        var pivots = Enumerable.Range(0, 32).Select(k => k <= 20 ? 100.0 + (5 * k) : 200.0 - (2 * (k - 20))).ToArray();
        var analyzer = Analyzer(d1: Path(Timeframe.D1, Start + (31 * Day), 1, pivots));
        var targets = new List<PriceTarget>();
        TargetLevels.AddWeeklySwingHighs(targets, analyzer.WeeklyHighs, analyzer.Price);
        Assert.Empty(targets);
    }

    [Fact]
    public void AddExtensions_LiveBullish4hLeg_OffersHighAndBothExtensions()
    {
        var end = Start + (40 * Day);
        var analyzer = Analyzer(h4: Path(Timeframe.H4, end, 4, Up(100, 16)));
        var leg = analyzer.H4.Analyzer!.ImpulseLegs.Current!.Value;
        Assert.Equal(Direction.Bullish, leg.Direction);
        var targets = new List<PriceTarget>();
        TargetLevels.AddExtensions(targets, analyzer.H4, "4h", leg.StartPrice);
        Assert.Contains(targets, t => t.Price == leg.Extension(1.272) && t.Reason.StartsWith("1.272 extension of the 4h impulse", StringComparison.Ordinal));
        Assert.Contains(targets, t => t.Price == leg.Extension(1.618) && t.Reason.StartsWith("1.618 extension of the 4h impulse", StringComparison.Ordinal));
        Assert.Contains(targets, t => t.Price == leg.EndPrice && t.Reason.StartsWith("high of the 4h impulse", StringComparison.Ordinal));
    }

    [Fact]
    public void AddExtensions_WithALegSlot_SameTargetsAsWithoutAndTheSlotFollowsTheLeg()
    {
        var first = Analyzer(h4: Path(Timeframe.H4, Start + (40 * Day), 4, Up(100, 16)));
        var second = Analyzer(h4: Path(Timeframe.H4, Start + (40 * Day), 4, Up(300, 16)));
        var slot = new TargetLevels.LegSlot();
        foreach (var analyzer in new[] { first, first, second, first })
        {
            var price = analyzer.H4.Analyzer!.ImpulseLegs.Current!.Value.StartPrice;
            List<PriceTarget> plain = [], slotted = [];
            TargetLevels.AddExtensions(plain, analyzer.H4, "4h", price);
            TargetLevels.AddExtensions(slotted, analyzer.H4, "4h", price, slot);
            Assert.Equal(plain, slotted);
            Assert.NotEmpty(slotted);
            Assert.Equal(analyzer.H4.Analyzer!.ImpulseLegs.Current!.Value.StartPrice, slot.Start);
            Assert.Same(slot.Names![0], slotted[0].Reason);
        }
    }

    [Fact]
    public void AddBuySide_UnsweptHighs_AllAbovePriceNamed()
    {
        var analyzer = Analyzer(h4: Path(Timeframe.H4, Start + (40 * Day), 4, Down(500, 16)));
        var targets = new List<PriceTarget>();
        TargetLevels.AddBuySide(targets, analyzer.H4, "4h", analyzer.Price);
        Assert.NotEmpty(targets);
        Assert.All(targets, t => Assert.True(t.Price > analyzer.Price));
        Assert.Contains(targets, t => t.Reason == "unswept 4h swing high");
    }
}
