using Qari.Analysis.Confluence;
using Qari.Analysis.Layers;
using Qari.Trading.Risk;

namespace Qari.Trading.Candidates;

/// <summary>
/// Maps a passing analysis <see cref="Candidate"/> onto the engine's <see cref="TradeCandidate"/>: the one mapping the
/// live runtime and the backtester share, so a backtest trades the plan live trading would. Analysis doubles become decimals here; the engine rounds them to tick and lot. Without a
/// second structural target PT2 is set out of reach (<see cref="decimal.MaxValue"/>): the rest rides the stop.
/// </summary>
public static class CandidateMapper
{
    /// <summary>The engine input, or null when the candidate has no usable plan.</summary>
    public static TradeCandidate? Map(Candidate candidate, bool btcCrash)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        if (candidate.Plan is not { Target1: { } t1 } plan) return null;
        if (!Finite(plan.ZoneLow, plan.ZoneHigh, plan.StructuralInvalidation, t1, plan.RiskReward)) return null;
        var target2 = plan.Target2 is { } t2 && double.IsFinite(t2) && t2 > t1 ? (decimal)t2 : decimal.MaxValue;
        var lines = new VerdictLines(candidate.Verdicts);
        var bullish = string.Join(", ", candidate.BullishLayers);
        return TradeCandidate.WithLazyExplanation(
            candidate.Symbol,
            (decimal)Math.Round(candidate.Score, 1),
            (decimal)plan.ZoneLow,
            (decimal)plan.ZoneHigh,
            (decimal)plan.StructuralInvalidation,
            (decimal)t1,
            target2,
            (decimal)Math.Round(plan.RiskReward, 3),
            $"{candidate.Symbol} score {candidate.Score:0.0}; bullish: {bullish}",
            () => candidate.Explanation,
            lines,
            extremeLiquidationEvent: false,
            btcCrash: btcCrash);
    }

    /// <summary>The engine input with the BTC-crash flag taken from the candidate's own L11 verdict.</summary>
    public static TradeCandidate? Map(Candidate candidate) => Map(candidate, BtcVeto(candidate));

    /// <summary>True when L11 vetoes entries (BTC crash).</summary>
    public static bool BtcVeto(Candidate candidate) =>
        candidate.Verdicts.Any(v => v.Layer == LayerId.L11BtcContext && v.Veto);

    private static bool Finite(params double[] values) => values.All(v => double.IsFinite(v) && v > 0 && v < 7.9e27);
}
