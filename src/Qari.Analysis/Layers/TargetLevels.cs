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
    // Per-thread scratch for a layer's target list and caches of reason texts that repeat cycle after cycle (the
    // same leg, week or touch count): layers run for every symbol every cycle, on worker threads too.
    [ThreadStatic] private static List<PriceTarget>? t_scratch;
    [ThreadStatic] private static Dictionary<(string Timeframe, double Start, double End), string[]>? t_legNames;
    [ThreadStatic] private static Dictionary<long, string>? t_weekNames;
    [ThreadStatic] private static Dictionary<(string Timeframe, int Touches), string>? t_equalHighs;

    // A cache this large is cleared rather than grown (long runs see many legs).
    private const int MaxCached = 4096;

    /// <summary>This thread's empty scratch list; turn it into a layer's list with <see cref="Snapshot"/> before the next layer runs.</summary>
    internal static List<PriceTarget> Scratch()
    {
        var list = t_scratch ??= [];
        list.Clear();
        return list;
    }

    /// <summary>
    /// <paramref name="targets"/> as an exact-size list (empty but not null when there are none): the one the layer
    /// last offered for this symbol when it holds the same targets, otherwise a fresh copy that is remembered.
    /// </summary>
    internal static IReadOnlyList<PriceTarget> Snapshot(List<PriceTarget> targets, SymbolAnalyzer analyzer, LayerId layer)
    {
        ref var last = ref analyzer.LastTargets[(int)layer];
        if (last is not null && Same(last, targets)) return last;
        var copy = targets.Count == 0 ? [] : targets.ToArray();
        last = copy;
        return copy;
    }

    private static bool Same(IReadOnlyList<PriceTarget> last, List<PriceTarget> now)
    {
        if (last.Count != now.Count) return false;
        for (var i = 0; i < now.Count; i++)
        {
            // Ordinal text equality (reference-equal when the reason came from a cache or a constant).
            if (!last[i].Price.Equals(now[i].Price) || !string.Equals(last[i].Reason, now[i].Reason, StringComparison.Ordinal)) return false;
        }
        return true;
    }

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
                LiquiditySource.EqualLevel => EqualHighs(timeframe, p.Touches),
                _ => null,
            };
            if (reason is not null) targets.Add(new PriceTarget(p.Price, reason));
        }
    }

    private static string EqualHighs(string timeframe, int touches)
    {
        var cache = t_equalHighs ??= [];
        if (cache.TryGetValue((timeframe, touches), out var text)) return text;
        if (cache.Count >= MaxCached) cache.Clear();
        return cache[(timeframe, touches)] = $"{timeframe} equal highs ({touches} touches, resting buy-side liquidity)";
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
    public static void AddExtensions(List<PriceTarget> targets, TimeframeState state, string timeframe, double price) =>
        AddExtensions(targets, state, timeframe, price, null);

    /// <summary>
    /// As <see cref="AddExtensions(List{PriceTarget}, TimeframeState, string, double)"/>, with the leg's names kept in
    /// <paramref name="slot"/> (one per symbol and timeframe) so that the same leg is named without a cache lookup.
    /// </summary>
    internal static void AddExtensions(List<PriceTarget> targets, TimeframeState state, string timeframe, double price, LegSlot? slot)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(state);
        if (state.Analyzer?.ImpulseLegs.Current is not { Direction: Direction.Bullish } leg || leg.State == LegState.Invalidated) return;
        string[] names;
        // The same comparison as the cache's key (double equality), so the slot gives what the cache gives.
        if (slot?.Names is { } kept && slot.Start.Equals(leg.StartPrice) && slot.End.Equals(leg.EndPrice)) names = kept;
        else
        {
            names = LegNames(timeframe, leg);
            if (slot is not null) (slot.Start, slot.End, slot.Names) = (leg.StartPrice, leg.EndPrice, names);
        }
        if (leg.EndPrice > price) targets.Add(new PriceTarget(leg.EndPrice, names[0]));
        var extensions = FibonacciRatios.Extensions;
        for (var i = 0; i < extensions.Length; i++)
        {
            var level = leg.Extension(extensions[i]);
            if (level > price) targets.Add(new PriceTarget(level, names[i + 1]));
        }
    }

    /// <summary>The names of the last leg one symbol's timeframe offered (used by the thread scoring the symbol).</summary>
    internal sealed class LegSlot
    {
        /// <summary>The leg's start.</summary>
        public double Start { get; set; }

        /// <summary>The leg's end.</summary>
        public double End { get; set; }

        /// <summary>Its names (null before the first leg).</summary>
        public string[]? Names { get; set; }
    }

    // "high of …" then one "<ratio> extension of …" per Fibonacci extension, for one leg.
    private static string[] LegNames(string timeframe, ImpulseLeg leg)
    {
        var cache = t_legNames ??= [];
        var key = (timeframe, leg.StartPrice, leg.EndPrice);
        if (cache.TryGetValue(key, out var names)) return names;
        if (cache.Count >= MaxCached) cache.Clear();
        var name = $"the {timeframe} impulse {Px(leg.StartPrice)}→{Px(leg.EndPrice)}";
        var extensions = FibonacciRatios.Extensions;
        names = new string[extensions.Length + 1];
        names[0] = $"high of {name}";
        for (var i = 0; i < extensions.Length; i++) names[i + 1] = $"{N(extensions[i], 3)} extension of {name}";
        return cache[key] = names;
    }

    /// <summary>The unswept weekly swing highs (built from the closed 1d candles) above price.</summary>
    public static void AddWeeklySwingHighs(List<PriceTarget> targets, WeeklySwingHighs weekly, double price)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(weekly);
        foreach (var w in weekly.Highs)
        {
            if (!(w.Price > price)) continue;
            targets.Add(new PriceTarget(w.Price, WeekName(w.WeekStartMs)));
        }
    }

    private static string WeekName(long weekStartMs)
    {
        var cache = t_weekNames ??= [];
        if (cache.TryGetValue(weekStartMs, out var text)) return text;
        if (cache.Count >= MaxCached) cache.Clear();
        var monday = DateTimeOffset.FromUnixTimeMilliseconds(weekStartMs).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return cache[weekStartMs] = $"unswept 1w swing high (week of {monday})";
    }
}
