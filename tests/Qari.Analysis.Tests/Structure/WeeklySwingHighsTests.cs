using Qari.Analysis.Series;
using Qari.Analysis.Structure;

namespace Qari.Analysis.Tests.Structure;

public class WeeklySwingHighsTests
{
    private const long DayMs = 86_400_000L;

    [Theory]
    [InlineData(512)]
    [InlineData(60)]
    [InlineData(37)]
    public void Update_EveryDailyClose_EqualsAFreshGrouping(int kept)
    {
        var bars = TestData.Bars("binance_ETHUSDT_1d");
        var structure = new MarketStructure(new MarketStructureSettings(SwingSettings.Default, BarHistory: kept));
        var highs = new WeeklySwingHighs();
        var listed = 0;
        foreach (var bar in bars)
        {
            structure.Update(bar);
            highs.Update(structure.Bars);
            var expected = Reference(structure.Bars);
            Assert.Equal(expected, highs.Highs);
            listed += expected.Count;
        }
        // The fixture must exercise the rule: weekly highs are listed on many closes.
        Assert.True(listed > bars.Length / 10, $"only {listed} highs listed");
    }

    [Fact]
    public void Update_HistoryResetOrAnotherHistory_StartsOver()
    {
        var bars = TestData.Bars("binance_ETHUSDT_1d");
        var first = new MarketStructure();
        var second = new MarketStructure(new MarketStructureSettings(SwingSettings.Default, BarHistory: 60));
        var highs = new WeeklySwingHighs();
        for (var i = 0; i < 400; i++)
        {
            first.Update(bars[i]);
            highs.Update(first.Bars);
        }
        Assert.NotEmpty(highs.Highs);
        // The same history cleared and refilled with later candles: nothing of the old weeks may survive.
        first.Reset();
        for (var i = 1200; i < 1500; i++)
        {
            first.Update(bars[i]);
            second.Update(bars[i - 1000]);
            // Alternate between two histories on one instance.
            highs.Update(first.Bars);
            Assert.Equal(Reference(first.Bars), highs.Highs);
            highs.Update(second.Bars);
            Assert.Equal(Reference(second.Bars), highs.Highs);
        }
    }

    [Fact]
    public void Update_NaNAndGappedDays_EqualsAFreshGrouping()
    {
        // Days with gaps (skipped days and weeks) and NaN highs, which never count as trading above a level.
        var random = new Random(7);
        var structure = new MarketStructure(new MarketStructureSettings(SwingSettings.Default, BarHistory: 50));
        var highs = new WeeklySwingHighs();
        var time = 1_600_000_000_000L / DayMs * DayMs;
        for (var i = 0; i < 2_000; i++)
        {
            time += DayMs * (random.Next(10) == 0 ? random.Next(2, 12) : 1);
            var high = 100 + (50 * Math.Sin(i / 9.0)) + random.Next(20);
            var bar = new Bar(time, high - 5, random.Next(60) == 0 ? double.NaN : high, high - 10, high - 4, 10);
            structure.Update(bar);
            highs.Update(structure.Bars);
            Assert.Equal(Reference(structure.Bars), highs.Highs);
        }
    }

    // The grouping as it was written before the weeks were kept between calls: every kept candle, every call.
    private static List<WeeklyHigh> Reference(BarHistory daily)
    {
        var weeks = new List<(long StartMs, double High, long LastIndex)>();
        var result = new List<WeeklyHigh>();
        if (daily.Count == 0) return result;
        for (var i = daily.OldestIndex; i < daily.Count; i++)
        {
            var b = daily[i];
            var start = WeeklySwingHighs.WeekStart(b.OpenTimeMs);
            if (weeks.Count > 0 && weeks[^1].StartMs == start) weeks[^1] = (start, Math.Max(weeks[^1].High, b.High), i);
            else weeks.Add((start, b.High, i));
        }
        if (daily[daily.Count - 1].OpenTimeMs - weeks[^1].StartMs < 6 * DayMs) weeks.RemoveAt(weeks.Count - 1);
        for (var w = WeeklySwingHighs.Strength; w < weeks.Count - WeeklySwingHighs.Strength; w++)
        {
            var high = weeks[w].High;
            var pivot = true;
            for (var k = 1; k <= WeeklySwingHighs.Strength && pivot; k++)
                pivot = high > weeks[w - k].High && high >= weeks[w + k].High;
            if (!pivot) continue;
            var tradedAbove = false;
            for (var i = weeks[w].LastIndex + 1; i < daily.Count; i++) tradedAbove |= daily[i].High > high;
            if (!tradedAbove) result.Add(new WeeklyHigh(high, weeks[w].StartMs));
        }
        return result;
    }
}
