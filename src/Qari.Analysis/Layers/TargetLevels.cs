using System.Globalization;
using Qari.Analysis.Engine;
using Qari.Analysis.Structure;
using static Qari.Analysis.Layers.LayerFormat;

namespace Qari.Analysis.Layers;

/// <summary>
/// The structural targets above price the layers offer the planner, each with its reason: unswept buy-side liquidity
/// (swing highs and equal highs) of a timeframe, weekly swing highs built from the closed 1d candles, and the high
/// and Fibonacci extensions (1.272, 1.618) of a timeframe's live bullish impulse leg. Only closed candles are read.
/// </summary>
public static class TargetLevels
{
    /// <summary>Candles on each side a weekly high must exceed to be a weekly swing high.</summary>
    public const int WeeklyStrength = 2;

    private const long DayMs = 86_400_000L;
    private const long WeekMs = 7 * DayMs;

    // 1970-01-01 was a Thursday: weeks (Monday 00:00 UTC) start 4 days after the epoch.
    private const long MondayOffsetMs = 4 * DayMs;

    /// <summary>Unswept swing highs and equal highs of <paramref name="state"/> above <paramref name="price"/>.</summary>
    public static void AddBuySide(List<PriceTarget> targets, TimeframeState state, string timeframe, double price)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(state);
        if (state.Analyzer is null) return;
        var pools = state.Analyzer.Liquidity.BuySide;
        for (var i = 0; i < pools.Count; i++)
        {
            var p = pools[i];
            if (!(p.Price > price)) continue;
            var reason = p.Source switch
            {
                LiquiditySource.Swing => $"unswept {timeframe} swing high",
                LiquiditySource.EqualLevel => $"{timeframe} equal highs ({p.Touches} touches, resting buy-side liquidity)",
                _ => null,
            };
            if (reason is not null) targets.Add(new PriceTarget(p.Price, reason));
        }
    }

    /// <summary>The high, 1.272 and 1.618 extensions of <paramref name="state"/>'s live bullish impulse leg, where above price.</summary>
    public static void AddExtensions(List<PriceTarget> targets, TimeframeState state, string timeframe, double price)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(state);
        if (state.Analyzer?.ImpulseLegs.Current is not { Direction: Direction.Bullish } leg || leg.State == LegState.Invalidated) return;
        var name = $"the {timeframe} impulse {Px(leg.StartPrice)}→{Px(leg.EndPrice)}";
        if (leg.EndPrice > price) targets.Add(new PriceTarget(leg.EndPrice, $"high of {name}"));
        foreach (var ratio in FibonacciRatios.Extensions)
        {
            var level = leg.Extension(ratio);
            if (level > price) targets.Add(new PriceTarget(level, $"{N(ratio, 3)} extension of {name}"));
        }
    }

    /// <summary>
    /// Weekly swing highs above price: the 1d candles kept are grouped into complete Monday-to-Sunday weeks; a week
    /// whose high exceeds the <see cref="WeeklyStrength"/> weeks on each side is a swing high, and it stays a target
    /// while no later 1d candle has traded above it.
    /// </summary>
    public static void AddWeeklySwingHighs(List<PriceTarget> targets, TimeframeState daily, double price)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(daily);
        var bars = daily.Structure.Bars;
        if (bars.Count == 0) return;
        var weeks = new List<(long StartMs, double High, long LastIndex)>();
        for (var i = bars.OldestIndex; i < bars.Count; i++)
        {
            var b = bars[i];
            var start = WeekStart(b.OpenTimeMs);
            if (weeks.Count > 0 && weeks[^1].StartMs == start) weeks[^1] = (start, Math.Max(weeks[^1].High, b.High), i);
            else weeks.Add((start, b.High, i));
        }
        // The running week is not complete until its Sunday candle has closed.
        var last = bars[bars.Count - 1];
        if (last.OpenTimeMs - weeks[^1].StartMs < 6 * DayMs) weeks.RemoveAt(weeks.Count - 1);
        for (var w = WeeklyStrength; w < weeks.Count - WeeklyStrength; w++)
        {
            var high = weeks[w].High;
            if (!(high > price)) continue;
            var pivot = true;
            for (var k = 1; k <= WeeklyStrength && pivot; k++)
                pivot = high > weeks[w - k].High && high >= weeks[w + k].High;
            if (!pivot || TradedAbove(bars, weeks[w].LastIndex + 1, high)) continue;
            var monday = DateTimeOffset.FromUnixTimeMilliseconds(weeks[w].StartMs);
            targets.Add(new PriceTarget(high, $"unswept 1w swing high (week of {monday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})"));
        }
    }

    private static bool TradedAbove(BarHistory bars, long from, double level)
    {
        for (var i = from; i < bars.Count; i++) if (bars[i].High > level) return true;
        return false;
    }

    private static long WeekStart(long timeMs) => (Math.DivRem(timeMs - MondayOffsetMs, WeekMs, out _) * WeekMs) + MondayOffsetMs;
}
