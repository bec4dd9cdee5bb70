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

    // Small counts and the eleven layers: one shared table of immutable sentences (a race writes the same text twice).
    private const int MaxSmall = 16;
    private static readonly string?[] Layers = new string?[MaxSmall * MaxSmall];
    private static readonly string?[] Vetoes = new string?[LayerLists.MaxLayer + 1];

    [ThreadStatic] private static Dictionary<(long Score, long Threshold), string>? t_scores;
    [ThreadStatic] private static (long Score, string Text)[]? t_tenths;
    [ThreadStatic] private static long t_tenthsThreshold;
    [ThreadStatic] private static Dictionary<(int Independent, int Needed), string>? t_layers;
    [ThreadStatic] private static Dictionary<(long RiskReward, string? Reason, long Minimum), string>? t_riskRewards;
    [ThreadStatic] private static Dictionary<string, string>? t_plans;
    [ThreadStatic] private static Dictionary<LayerId, string>? t_vetoes;

    public static string Veto(LayerId layer)
    {
        if ((int)layer is >= 0 and <= LayerLists.MaxLayer) return Vetoes[(int)layer] ??= $"{TradePlanner.Name(layer)} vetoes entries";
        return Cached(t_vetoes ??= [], layer, static l => $"{TradePlanner.Name(l)} vetoes entries");
    }

    public static string TooFewLayers(int independent, int needed)
    {
        if (independent is >= 0 and < MaxSmall && needed is >= 0 and < MaxSmall)
            return Layers[(independent * MaxSmall) + needed] ??= $"only {independent} independent layer(s) vote bullish (need {needed})";
        return Cached<(int Independent, int Needed)>(t_layers ??= [], (independent, needed), static k => $"only {k.Independent} independent layer(s) vote bullish (need {k.Needed})");
    }

    public static string BelowThreshold(double score, double threshold)
    {
        // Scores are rounded to 0.1 in 0–100: a table by tenths, each entry checked against the exact bits it was written for.
        var tenths = score * 10.0;
        if (tenths is >= 0.0 and <= 1000.0)
        {
            var table = t_tenths ??= new (long, string)[1001];
            var t = Bits(threshold);
            if (t != t_tenthsThreshold)
            {
                Array.Clear(table);
                t_tenthsThreshold = t;
            }
            ref var slot = ref table[(int)Math.Round(tenths)];
            if (slot.Text is not null && slot.Score == Bits(score)) return slot.Text;
            var text = Threshold(score, threshold);
            slot = (Bits(score), text);
            return text;
        }
        return Threshold(score, threshold);
    }

    private static string Threshold(double score, double threshold) =>
        Cached<(long Score, long Threshold)>(t_scores ??= [], (Bits(score), Bits(threshold)),
            static k => $"score {N(Value(k.Score))} is below the threshold {N(Value(k.Threshold), 0)}");

    public static string NoPlan(string? why) =>
        Cached(t_plans ??= new(StringComparer.Ordinal), why ?? "", static w => $"no trade plan: {w}");

    public static string RiskReward(double riskReward, string? reason, double minimum) =>
        Cached<(long RiskReward, string? Reason, long Minimum)>(t_riskRewards ??= new(ReasonByInstance.Instance), (Bits(riskReward), reason, Bits(minimum)),
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

    // The reason compared by instance (merged target reasons are the same instances while a symbol's levels hold), so
    // no text is hashed: equal texts of two instances just take two entries, each with the same sentence.
    private sealed class ReasonByInstance : IEqualityComparer<(long RiskReward, string? Reason, long Minimum)>
    {
        public static ReasonByInstance Instance { get; } = new();

        public bool Equals((long RiskReward, string? Reason, long Minimum) x, (long RiskReward, string? Reason, long Minimum) y) =>
            x.RiskReward == y.RiskReward && x.Minimum == y.Minimum && ReferenceEquals(x.Reason, y.Reason);

        public int GetHashCode((long RiskReward, string? Reason, long Minimum) key) =>
            HashCode.Combine(key.RiskReward, key.Reason is null ? 0 : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Reason), key.Minimum);
    }
}
