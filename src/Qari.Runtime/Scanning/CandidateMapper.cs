using Qari.Analysis.Confluence;
using Qari.Analysis.Layers;
using Qari.Trading.Risk;

namespace Qari.Runtime.Scanning;

/// <summary>Maps an analysis candidate onto the trading engine's input record (analysis doubles become decimals here, once).</summary>
public static class CandidateMapper
{
    /// <summary>The engine's candidate, or null when the analysis has no complete plan (no zone or no target).</summary>
    public static TradeCandidate? ToTradeCandidate(Candidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        if (candidate.Plan is not { Target1: { } t1 } plan || !Finite(plan.ZoneLow, plan.ZoneHigh, plan.StructuralInvalidation, t1)) return null;
        var t2 = plan.Target2 is { } v && double.IsFinite(v) ? v : t1;
        var verdicts = candidate.Verdicts.Select(v => $"{v.Layer} {v.Vote}: {v.Sentence}").ToList();
        var summary = $"score {candidate.Score:0}, {candidate.BullishLayers.Count} bullish layers ({string.Join(", ", candidate.BullishLayers)}), R/R {plan.RiskReward:0.0}";
        return new TradeCandidate(candidate.Symbol, D(candidate.Score), D(plan.ZoneLow), D(plan.ZoneHigh), D(plan.StructuralInvalidation),
            D(t1), D(t2), D(plan.RiskReward), summary, candidate.Explanation, verdicts,
            ExtremeLiquidationEvent: false, BtcCrash: candidate.Verdicts.Any(v => v.Layer == LayerId.L11BtcContext && v.Veto));
    }

    private static bool Finite(params double[] values) => values.All(v => double.IsFinite(v) && v > 0);

    private static decimal D(double value) => (decimal)Math.Round(value, 10);
}
