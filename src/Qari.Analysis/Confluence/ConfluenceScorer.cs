using System.Numerics;
using Qari.Analysis.Layers;
using Qari.Model.Ids;
using static Qari.Analysis.Layers.LayerFormat;

namespace Qari.Analysis.Confluence;

/// <summary>
/// The SPEC §4 rule. Score = 100 × Σ weightᵢ × pointsᵢ/10 over Σ weightᵢ of the layers that did not abstain
/// (bearish points subtract), clamped to 0–100. A candidate passes when: the bias (L1) is known and not bearish;
/// no ELE flag; no layer veto; at least <see cref="ConfluenceSettings.MinBullishLayers"/> independent layers vote
/// bullish (L7 is one layer however many indicators agree; context layers do not count); the score reaches the
/// threshold; and the plan's R/R to PT1 reaches the minimum.
/// </summary>
public sealed class ConfluenceScorer(ConfluenceSettings? settings = null)
{
    private const int DefaultContextMask = 1 << (int)LayerId.L10Session;
    private const int InsertionSortMax = 64;
    private readonly ConfluenceSettings _settings = settings ?? ConfluenceSettings.Default;

    /// <summary>The settings in use.</summary>
    public ConfluenceSettings Settings => _settings;

    /// <summary>Scores one symbol with the settings' weights.</summary>
    public Candidate Score(Symbol symbol, long timeMs, double price, IReadOnlyList<LayerVerdict> verdicts, bool eleFlagged) =>
        Score(symbol, timeMs, price, verdicts, eleFlagged, _settings.EffectiveWeights);

    /// <summary>Scores one symbol with a given weight set (stage-2 tuned weights plug in here).</summary>
    public Candidate Score(Symbol symbol, long timeMs, double price, IReadOnlyList<LayerVerdict> verdicts, bool eleFlagged, LayerWeights weights) =>
        Score(symbol, timeMs, price, verdicts, eleFlagged, weights, null);

    /// <summary>Scores one symbol with the settings' weights, planning with the symbol's <paramref name="plans"/> memo.</summary>
    internal Candidate Score(Symbol symbol, long timeMs, double price, IReadOnlyList<LayerVerdict> verdicts, bool eleFlagged, PlanMemo? plans) =>
        Score(symbol, timeMs, price, verdicts, eleFlagged, _settings.EffectiveWeights, plans);

    private Candidate Score(Symbol symbol, long timeMs, double price, IReadOnlyList<LayerVerdict> verdicts, bool eleFlagged, LayerWeights weights, PlanMemo? plans)
    {
        ArgumentNullException.ThrowIfNull(verdicts);
        ArgumentNullException.ThrowIfNull(weights);
        var all = TradePlanner.AsSpan(verdicts);
        double earned = 0, available = 0;
        // Verdicts in layer order (as LayerSet gives them) name their bullish and bearish layers by a bit mask, whose
        // lists are shared; any other order keeps its own lists.
        int bullishMask = 0, bearishMask = 0, previous = 0;
        var ordered = true;
        for (var i = 0; i < all.Length; i++)
        {
            var v = all[i];
            var id = (int)v.Layer;
            ordered &= id > previous && id <= LayerLists.MaxLayer;
            previous = id;
            if (v.Vote == Vote.Abstain) continue;
            var w = weights.Of(v.Layer);
            available += w;
            earned += w * v.Points / LayerVerdict.MaxPoints;
            if (!ordered) continue;
            if (v.Vote == Vote.Bullish) bullishMask |= 1 << id;
            else if (v.Vote == Vote.Bearish) bearishMask |= 1 << id;
        }
        var score = available > 0 ? Math.Round(Math.Clamp(100.0 * earned / available, 0.0, 100.0), 1) : 0.0;
        IReadOnlyList<LayerId> bullish, bearish;
        int independent;
        if (ordered)
        {
            (bullish, bearish) = (LayerLists.Of(bullishMask), LayerLists.Of(bearishMask));
            // In layer order each layer votes once: the independent ones are the bullish bits outside the context layers.
            independent = BitOperations.PopCount((uint)(bullishMask & ~ContextMask()));
        }
        else
        {
            (bullish, bearish) = Votes(all);
            independent = Independent(bullish, _settings.EffectiveContextLayers);
        }

        // At most: bias, ELE, one veto per verdict, layers, score, plan.
        var failures = plans?.Scratch(all.Length + 5) ?? new string?[all.Length + 5];
        var n = 0;
        var bias = TradePlanner.Find(all, LayerId.L01MarketStructure)?.Vote ?? Vote.Abstain;
        if (bias == Vote.Bearish) failures[n++] = "the market-structure bias is bearish";
        if (bias == Vote.Abstain) failures[n++] = "the market-structure bias is unknown (not enough history)";
        if (eleFlagged) failures[n++] = "an extreme liquidation event is flagged on this symbol";
        for (var i = 0; i < all.Length; i++)
            if (all[i].Veto) failures[n++] = FailureTexts.Veto(all[i].Layer);
        if (independent < _settings.MinBullishLayers)
            failures[n++] = FailureTexts.TooFewLayers(independent, _settings.MinBullishLayers);
        if (score < _settings.Threshold)
            failures[n++] = FailureTexts.BelowThreshold(score, _settings.Threshold);
        var plan = TradePlanner.Build(price, all, _settings, out var planFailure, plans);
        if (plan is null) failures[n++] = FailureTexts.NoPlan(planFailure);
        else if (plan.Target1 is null) failures[n++] = "no structural target above entry for PT1";
        else if (plan.RiskReward < _settings.MinRiskReward)
            failures[n++] = FailureTexts.RiskReward(plan.RiskReward, plan.Target1Reason, _settings.MinRiskReward);

        // A symbol failing for the very same sentences as last cycle shares that cycle's (read-only) list.
        var list = plans is not null ? plans.Failures(n) : n == 0 ? FailureList.Empty : new FailureList(failures.AsSpan(0, n).ToArray()!);
        // The explanation is written when first read (Candidate.Explanation), not for every symbol of every cycle.
        return new Candidate(symbol, timeMs, price, score, n == 0, bias, bullish, bearish, list, plan, verdicts);
    }

    // The context layers as a mask of layer bits (layers outside 1–31 never vote in a mask).
    private int ContextMask()
    {
        if (_settings.ContextLayers is not { } context) return DefaultContextMask;
        var mask = 0;
        for (var i = 0; i < context.Count; i++)
            if ((int)context[i] is > 0 and < 32) mask |= 1 << (int)context[i];
        return mask;
    }

    /// <summary>Passing candidates first, then by score (highest first), then by symbol — a total, deterministic order.</summary>
    public static IReadOnlyList<Candidate> Rank(IEnumerable<Candidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        Candidate[] ranked = candidates is Candidate[] array ? array.AsSpan().ToArray() : [.. candidates];
        if (ranked.Length < 2) return ranked;
        if (ranked.Length <= InsertionSortMax)
        {
            // A stable insertion sort: ties keep their input order (as OrderBy did); a cycle has a few symbols.
            for (var i = 1; i < ranked.Length; i++)
            {
                var c = ranked[i];
                var j = i - 1;
                for (; j >= 0 && Compare(c, ranked[j]) < 0; j--) ranked[j + 1] = ranked[j];
                ranked[j + 1] = c;
            }
            return ranked;
        }
        // A stable sort (ties keep their input order) without a string per symbol per comparison.
        var order = new int[ranked.Length];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (x, y) =>
        {
            var c = Compare(ranked[x], ranked[y]);
            return c != 0 ? c : x.CompareTo(y);
        });
        var result = new Candidate[ranked.Length];
        for (var i = 0; i < order.Length; i++) result[i] = ranked[order[i]];
        return result;
    }

    // Passing first, then the higher score, then the symbol's ordinal text.
    private static int Compare(Candidate a, Candidate b)
    {
        var c = b.Passed.CompareTo(a.Passed);
        if (c == 0) c = b.Score.CompareTo(a.Score);
        return c != 0 ? c : CompareSymbols(a.Symbol, b.Symbol);
    }

    /// <summary>The ordinal order of <c>BASE/QUOTE</c> texts: assets are letters and digits, all above '/', so base decides first.</summary>
    internal static int CompareSymbols(Symbol a, Symbol b)
    {
        var c = string.CompareOrdinal(a.Base, b.Base);
        return c != 0 ? c : string.CompareOrdinal(a.Quote, b.Quote);
    }

    private static (List<LayerId> Bullish, List<LayerId> Bearish) Votes(ReadOnlySpan<LayerVerdict> verdicts)
    {
        var bullish = new List<LayerId>();
        var bearish = new List<LayerId>();
        foreach (var v in verdicts)
        {
            if (v.Vote == Vote.Bullish) bullish.Add(v.Layer);
            else if (v.Vote == Vote.Bearish) bearish.Add(v.Layer);
        }
        return (bullish, bearish);
    }

    private static int Independent(IReadOnlyList<LayerId> bullish, IReadOnlyList<LayerId> context)
    {
        var count = 0;
        for (var k = 0; k < bullish.Count; k++)
        {
            var layer = bullish[k];
            var isContext = false;
            for (var i = 0; i < context.Count && !isContext; i++) isContext = context[i] == layer;
            if (!isContext) count++;
        }
        return count;
    }
}
