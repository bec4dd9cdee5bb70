using System.Globalization;
using Qari.Analysis.Engine;
using Qari.Analysis.Structure;
using static Qari.Analysis.Layers.LayerFormat;

namespace Qari.Analysis.Layers;

/// <summary>
/// The structural targets above price the layers offer the planner, each with its reason: unswept buy-side liquidity
/// (swing highs and equal highs) of a timeframe, weekly swing highs (<see cref="WeeklySwingHighs"/>), and the high
/// and Fibonacci extensions (1.272, 1.618) of a timeframe's live bullish impulse leg. Only closed candles are read.
/// </summary>
public static class TargetLevels
{
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
                LiquiditySource.Swing => SwingHigh(timeframe),
                LiquiditySource.EqualLevel => $"{timeframe} equal highs ({p.Touches} touches, resting buy-side liquidity)",
                _ => null,
            };
            if (reason is not null) targets.Add(new PriceTarget(p.Price, reason));
        }
    }

    // The common reason as a constant: this runs for every symbol every cycle.
    private static string SwingHigh(string timeframe) => timeframe switch
    {
        "1h" => "unswept 1h swing high",
        "4h" => "unswept 4h swing high",
        "1d" => "unswept 1d swing high",
        _ => $"unswept {timeframe} swing high",
    };

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

    /// <summary>The unswept weekly swing highs (built from the closed 1d candles) above price.</summary>
    public static void AddWeeklySwingHighs(List<PriceTarget> targets, WeeklySwingHighs weekly, double price)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(weekly);
        foreach (var w in weekly.Highs)
        {
            if (!(w.Price > price)) continue;
            var monday = DateTimeOffset.FromUnixTimeMilliseconds(w.WeekStartMs).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            targets.Add(new PriceTarget(w.Price, $"unswept 1w swing high (week of {monday})"));
        }
    }
}
