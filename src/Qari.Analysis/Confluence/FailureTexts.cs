using Qari.Analysis.Layers;
using static Qari.Analysis.Layers.LayerFormat;

namespace Qari.Analysis.Confluence;

/// <summary>
/// The failure sentences of <see cref="ConfluenceScorer"/> that carry numbers, from per-thread caches keyed by exactly
/// the values they print: nearly every symbol fails nearly every cycle with one of a few hundred distinct sentences
/// (scores are rounded to 0.1), so formatting each anew was a large share of a cycle's garbage. Same text as before.
/// </summary>
internal static class FailureTexts
{
    // A cache this large is cleared rather than grown (risk/reward sentences name targets, which vary over long runs).
    private const int MaxCached = 4096;

    [ThreadStatic] private static Dictionary<(long Score, long Threshold), string>? t_scores;
    [ThreadStatic] private static Dictionary<(int Independent, int Needed), string>? t_layers;
    [ThreadStatic] private static Dictionary<(long RiskReward, string? Reason, long Minimum), string>? t_riskRewards;
    [ThreadStatic] private static Dictionary<string, string>? t_plans;
    [ThreadStatic] private static Dictionary<LayerId, string>? t_vetoes;

    public static string Veto(LayerId layer) =>
        Cached(t_vetoes ??= [], layer, static l => $"{TradePlanner.Name(l)} vetoes entries");

    public static string TooFewLayers(int independent, int needed) =>
        Cached<(int Independent, int Needed)>(t_layers ??= [], (independent, needed), static k => $"only {k.Independent} independent layer(s) vote bullish (need {k.Needed})");

    public static string BelowThreshold(double score, double threshold) =>
        Cached<(long Score, long Threshold)>(t_scores ??= [], (Bits(score), Bits(threshold)),
            static k => $"score {N(Value(k.Score))} is below the threshold {N(Value(k.Threshold), 0)}");

    public static string NoPlan(string? why) =>
        Cached(t_plans ??= new(StringComparer.Ordinal), why ?? "", static w => $"no trade plan: {w}");

    public static string RiskReward(double riskReward, string? reason, double minimum) =>
        Cached<(long RiskReward, string? Reason, long Minimum)>(t_riskRewards ??= [], (Bits(riskReward), reason, Bits(minimum)),
            static k => $"risk/reward {N(Value(k.RiskReward), 2)} to the farthest structural target ({k.Reason}) is below {N(Value(k.Minimum), 1)}");

    // Keyed by the bits, not double equality: 0.0 and -0.0 are equal but print differently.
    private static long Bits(double value) => BitConverter.DoubleToInt64Bits(value);

    private static double Value(long bits) => BitConverter.Int64BitsToDouble(bits);

    private static string Cached<TKey>(Dictionary<TKey, string> cache, TKey key, Func<TKey, string> write) where TKey : notnull
    {
        if (cache.TryGetValue(key, out var text)) return text;
        if (cache.Count >= MaxCached) cache.Clear();
        return cache[key] = write(key);
    }
}
