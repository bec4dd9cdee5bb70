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
        return Compute(input.Analyzer, new Kept(Targets(input.Analyzer, null)));
    }

    // The target list depends on the 1h/4h/1d legs and on the price only through comparisons with their levels, so
    // it is kept while those hold, with the 1h leg (which changes only on a 1h close). The vote reads the retracement
    // of the exact price, so it is decided each cycle, but each of its few outcomes keeps its decision and wording.
    LayerVerdict IMemoLayer.Evaluate(LayerInput input, LayerMemo memo)
    {
        var a = input.Analyzer;
        if (memo.Holds(this, a.H1.Count, a.H4.Count, a.D1.Count, a.Price) && memo.Extra is Kept kept)
            return Compute(a, kept);
        memo.Start(a.Price);
        LegLevels(memo, a.H1);
        LegLevels(memo, a.H4);
        LegLevels(memo, a.D1);
        var slots = memo.State as TargetLevels.LegSlot[] ?? (TargetLevels.LegSlot[])(memo.State = new[] { new TargetLevels.LegSlot(), new TargetLevels.LegSlot(), new TargetLevels.LegSlot() });
        var fresh = new Kept(Targets(a, slots));
        var verdict = Compute(a, fresh);
        memo.Keep(this, a.H1.Count, a.H4.Count, a.D1.Count, verdict, fresh);
        return verdict;
    }

    // Every level AddExtensions compares with the price.
    private static void LegLevels(LayerMemo memo, Engine.TimeframeState state)
    {
        if (state.Analyzer?.ImpulseLegs.Current is not { Direction: Direction.Bullish } leg || leg.State == LegState.Invalidated) return;
        memo.Level(leg.EndPrice);
        foreach (var ratio in FibonacciRatios.Extensions) memo.Level(leg.Extension(ratio));
    }

    // The leg names of each timeframe are kept per symbol in slots on the memo path (null on the fresh path).
    private IReadOnlyList<PriceTarget> Targets(Engine.SymbolAnalyzer a, TargetLevels.LegSlot[]? slots)
    {
        var price = a.Price;
        var scratch = TargetLevels.Scratch();
        TargetLevels.AddExtensions(scratch, a.H1, "1h", price, slots?[0]);
        TargetLevels.AddExtensions(scratch, a.H4, "4h", price, slots?[1]);
        TargetLevels.AddExtensions(scratch, a.D1, "1d", price, slots?[2]);
        return TargetLevels.Snapshot(scratch, a, Id);
    }

    private LayerVerdict Compute(Engine.SymbolAnalyzer a, Kept kept)
    {
        var price = a.Price;
        if (a.H1.Analyzer?.ImpulseLegs.Current is not { } leg || leg.State == LegState.Invalidated)
            return kept.NoLeg ??= new LayerVerdict(Id, Vote.Abstain, 0.0, 0.0, new LayerLevels(Targets: kept.Targets), "No live 1h impulse leg to measure.");
        var r = leg.RetracementOf(price);
        Outcome outcome;
        if (leg.Direction == Direction.Bullish)
        {
            if (leg.IsInGoldenPocket(price)) outcome = Outcome.GoldenPocket;
            else if (r is >= FibonacciRatios.Half and <= 1.0) outcome = Outcome.Discount;
            else if (r > 1.0) outcome = Outcome.Failed;
            else outcome = Outcome.Premium;
        }
        else outcome = r is >= FibonacciRatios.Half and <= 1.0 ? Outcome.BearishPremium : Outcome.NoSetup;
        // The leg is part of the memo's keys (1h count), but the fresh path and a new leg must not reuse a wording.
        ref var wording = ref kept.Wordings[(int)outcome];
        if (wording is null || !wording.Leg.Equals(leg)) wording = new LegWording(leg, outcome, kept.Targets);
        return wording.At(price);
    }

    private enum Outcome { GoldenPocket, Discount, Failed, Premium, BearishPremium, NoSetup }

    // One symbol's target list and, per outcome, the decision and wording on the current 1h leg.
    private sealed class Kept(IReadOnlyList<PriceTarget> targets)
    {
        public IReadOnlyList<PriceTarget> Targets { get; } = targets;

        public LegWording?[] Wordings { get; } = new LegWording?[6];

        public LayerVerdict? NoLeg { get; set; }
    }

    // Written at the price, whose retracement of the leg the sentence prints.
    private sealed class LegWording : VerdictWording
    {
        private readonly Outcome _outcome;

        public LegWording(ImpulseLeg leg, Outcome outcome, IReadOnlyList<PriceTarget> targets)
        {
            (Leg, _outcome) = (leg, outcome);
            var only = new LayerLevels(Targets: targets);
            var levels = new LayerLevels(ZoneLow: leg.GoldenPocketLow, ZoneHigh: leg.GoldenPocketHigh,
                Target1: leg.EndPrice, Target2: leg.Extension(FibonacciRatios.Extension1), Invalidation: leg.StartPrice, Targets: targets);
            const LayerId id = LayerId.L06Fibonacci;
            switch (outcome)
            {
                case Outcome.GoldenPocket: Decide(id, Vote.Bullish, 1.0, levels); break;
                case Outcome.Discount: Decide(id, Vote.Bullish, 0.6, levels); break;
                case Outcome.Failed: Decide(id, Vote.Bearish, 0.5, only); break;
                case Outcome.Premium: Decide(id, Vote.Neutral, 0.0, levels); break;
                case Outcome.BearishPremium: Decide(id, Vote.Bearish, 0.6, new LayerLevels(Invalidation: leg.StartPrice, Targets: targets)); break;
                default: Decide(id, Vote.Neutral, 0.0, only); break;
            }
        }

        public ImpulseLeg Leg { get; }

        public override string Write(double at)
        {
            var leg = Leg;
            var r = leg.RetracementOf(at);
            return _outcome switch
            {
                Outcome.GoldenPocket => $"{LegText(leg, r)}: inside the golden pocket {Px(leg.GoldenPocketLow)}–{Px(leg.GoldenPocketHigh)}; targets {Px(leg.EndPrice)} and {Px(leg.Extension(FibonacciRatios.Extension1))} (1.272).",
                Outcome.Discount => LegText(leg, r) + ": in the discount half, outside the golden pocket.",
                Outcome.Failed => LegText(leg, r) + ": below the leg's start, the leg has failed.",
                Outcome.Premium => LegText(leg, r) + ": still in the premium half, no discount yet.",
                Outcome.BearishPremium => LegText(leg, r) + ": a bounce into the premium of a down-leg.",
                _ => LegText(leg, r) + ": no bullish Fibonacci setup.",
            };
        }
    }

    private static string LegText(ImpulseLeg leg, double r) =>
        $"1h {(leg.Direction == Direction.Bullish ? "up" : "down")}-leg {Px(leg.StartPrice)}→{Px(leg.EndPrice)}, price at {N(r * 100, 0)}% retracement";
}
