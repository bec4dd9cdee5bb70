using Qari.Analysis.Structure;
using static Qari.Analysis.Layers.LayerFormat;

namespace Qari.Analysis.Layers;

/// <summary>
/// L6 Fibonacci on the latest 1h impulse leg: price in the golden pocket (0.618–0.65 retracement) of a bullish leg
/// votes bullish at full strength, elsewhere in the discount half at 0.6; below the leg's start the leg has failed
/// (bearish). A bearish leg retraced into its premium votes bearish. Targets: the leg high and the 1.272 extension;
/// for the planner, the high and the 1.272/1.618 extensions of the live bullish 1h, 4h and 1d impulse legs (offered
/// whatever the vote, since they are levels, not opinions).
/// </summary>
public sealed class L06Fibonacci : IMemoLayer
{
    /// <inheritdoc />
    public LayerId Id => LayerId.L06Fibonacci;

    /// <inheritdoc />
    public LayerVerdict Evaluate(LayerInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Compute(input.Analyzer, Targets(input.Analyzer));
    }

    // The target list depends on the 1h/4h/1d legs and on the price only through comparisons with their levels, so
    // it is kept while those hold; the vote and sentence read the retracement of the exact price and are redone.
    LayerVerdict IMemoLayer.Evaluate(LayerInput input, LayerMemo memo)
    {
        var a = input.Analyzer;
        if (memo.Holds(this, a.H1.Count, a.H4.Count, a.D1.Count, a.Price) && memo.Extra is IReadOnlyList<PriceTarget> kept)
            return Compute(a, kept);
        memo.Start(a.Price);
        LegLevels(memo, a.H1);
        LegLevels(memo, a.H4);
        LegLevels(memo, a.D1);
        var targets = Targets(a);
        var verdict = Compute(a, targets);
        memo.Keep(this, a.H1.Count, a.H4.Count, a.D1.Count, verdict, targets);
        return verdict;
    }

    // Every level AddExtensions compares with the price.
    private static void LegLevels(LayerMemo memo, Engine.TimeframeState state)
    {
        if (state.Analyzer?.ImpulseLegs.Current is not { Direction: Direction.Bullish } leg || leg.State == LegState.Invalidated) return;
        memo.Level(leg.EndPrice);
        foreach (var ratio in FibonacciRatios.Extensions) memo.Level(leg.Extension(ratio));
    }

    private IReadOnlyList<PriceTarget> Targets(Engine.SymbolAnalyzer a)
    {
        var price = a.Price;
        var scratch = TargetLevels.Scratch();
        TargetLevels.AddExtensions(scratch, a.H1, "1h", price);
        TargetLevels.AddExtensions(scratch, a.H4, "4h", price);
        TargetLevels.AddExtensions(scratch, a.D1, "1d", price);
        return TargetLevels.Snapshot(scratch, a, Id);
    }

    private LayerVerdict Compute(Engine.SymbolAnalyzer a, IReadOnlyList<PriceTarget> targets)
    {
        var price = a.Price;
        var only = new LayerLevels(Targets: targets);
        if (a.H1.Analyzer?.ImpulseLegs.Current is not { } leg || leg.State == LegState.Invalidated)
            return new LayerVerdict(Id, Vote.Abstain, 0.0, 0.0, only, "No live 1h impulse leg to measure.");
        var r = leg.RetracementOf(price);
        if (leg.Direction == Direction.Bullish)
        {
            var levels = new LayerLevels(ZoneLow: leg.GoldenPocketLow, ZoneHigh: leg.GoldenPocketHigh,
                Target1: leg.EndPrice, Target2: leg.Extension(FibonacciRatios.Extension1), Invalidation: leg.StartPrice, Targets: targets);
            if (leg.IsInGoldenPocket(price))
                return LayerVerdict.Of(Id, Vote.Bullish, 1.0, levels, GoldenPocket(leg, r));
            if (r is >= FibonacciRatios.Half and <= 1.0)
                return LayerVerdict.Of(Id, Vote.Bullish, 0.6, levels, Sentence(leg, r, ": in the discount half, outside the golden pocket."));
            if (r > 1.0)
                return LayerVerdict.Of(Id, Vote.Bearish, 0.5, only, Sentence(leg, r, ": below the leg's start, the leg has failed."));
            return LayerVerdict.Of(Id, Vote.Neutral, 0.0, levels, Sentence(leg, r, ": still in the premium half, no discount yet."));
        }
        if (r is >= FibonacciRatios.Half and <= 1.0)
            return LayerVerdict.Of(Id, Vote.Bearish, 0.6, new LayerLevels(Invalidation: leg.StartPrice, Targets: targets), Sentence(leg, r, ": a bounce into the premium of a down-leg."));
        return LayerVerdict.Of(Id, Vote.Neutral, 0.0, only, Sentence(leg, r, ": no bullish Fibonacci setup."));
    }

    private static string LegText(ImpulseLeg leg, double r) =>
        $"1h {(leg.Direction == Direction.Bullish ? "up" : "down")}-leg {Px(leg.StartPrice)}→{Px(leg.EndPrice)}, price at {N(r * 100, 0)}% retracement";

    private static Func<string> Sentence(ImpulseLeg leg, double r, string ending) => () => LegText(leg, r) + ending;

    private static Func<string> GoldenPocket(ImpulseLeg leg, double r) =>
        () => $"{LegText(leg, r)}: inside the golden pocket {Px(leg.GoldenPocketLow)}–{Px(leg.GoldenPocketHigh)}; targets {Px(leg.EndPrice)} and {Px(leg.Extension(FibonacciRatios.Extension1))} (1.272).";
}
