using System.Text;
using Qari.Analysis.Layers;
using Qari.Model.Ids;
using static Qari.Analysis.Layers.LayerFormat;

namespace Qari.Analysis.Confluence;

/// <summary>Writes the plain-English explanation of a candidate: verdict, which layers agreed and disagreed, the plan.</summary>
public static class CandidateExplanation
{
    /// <summary>The explanation text.</summary>
    public static string Write(Symbol symbol, double price, double score, bool passed, IReadOnlyList<LayerVerdict> verdicts,
        TradePlan? plan, IReadOnlyList<string> failures)
    {
        var text = new StringBuilder();
        text.Append(symbol.ToString()).Append(" at ").Append(Px(price)).Append(": score ").Append(N(score)).Append("/100, ")
            .Append(passed ? "PASSES the confluence rule." : "does not pass.");
        Group(text, "Agree (bullish)", verdicts, Vote.Bullish);
        Group(text, "Disagree (bearish)", verdicts, Vote.Bearish);
        Group(text, "Neutral", verdicts, Vote.Neutral);
        Group(text, "Abstain (no data)", verdicts, Vote.Abstain);
        if (plan is not null)
        {
            text.Append(" Plan: entry ").Append(Px(plan.Entry)).Append(" in zone ").Append(Px(plan.ZoneLow)).Append('–').Append(Px(plan.ZoneHigh))
                .Append(" (").Append(plan.ZoneSource).Append("); structural invalidation ").Append(Px(plan.StructuralInvalidation))
                .Append(", stop ").Append(Px(plan.Stop)).Append(" (").Append(Pct1(plan.StopDistance)).Append(" below entry, clamped to the stop band)");
            if (plan.Target1 is { } t1)
            {
                text.Append("; PT1 ").Append(Px(t1)).Append(" (").Append(plan.Target1Reason ?? "structural target");
                if (plan.NearerLevels > 0)
                    text.Append("; the first level far enough for the minimum R/R, ").Append(plan.NearerLevels)
                        .Append(plan.NearerLevels == 1 ? " nearer level" : " nearer levels").Append(" on the way");
                text.Append(')');
            }
            else text.Append("; no structural target above entry");
            if (plan.Target2 is { } t2) text.Append(", PT2 ").Append(Px(t2)).Append(" (").Append(plan.Target2Reason ?? "structural target").Append(')');
            text.Append("; R/R ").Append(N(plan.RiskReward, 2)).Append('.');
        }
        if (!passed) text.Append(" Not a candidate because ").Append(string.Join("; ", failures)).Append('.');
        return text.ToString();
    }

    private static void Group(StringBuilder text, string title, IReadOnlyList<LayerVerdict> verdicts, Vote vote)
    {
        var any = false;
        foreach (var v in verdicts)
        {
            if (v.Vote != vote) continue;
            text.Append(any ? " | " : $" {title}: ").Append(TradePlanner.Name(v.Layer)).Append(" — ").Append(v.Sentence.TrimEnd('.'));
            any = true;
        }
        if (any) text.Append('.');
    }
}
