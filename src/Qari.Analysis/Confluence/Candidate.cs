using Qari.Analysis.Layers;
using Qari.Model.Ids;

namespace Qari.Analysis.Confluence;

/// <summary>One symbol's confluence result at one moment: the score, whether it passes, why, and what a user reads.</summary>
/// <param name="Symbol">The pair.</param>
/// <param name="TimeMs">The moment analysed (close time of the newest candle, Unix ms).</param>
/// <param name="Price">Last close.</param>
/// <param name="Score">0–100.</param>
/// <param name="Passed">True when every condition of the rule holds.</param>
/// <param name="Bias">L1's vote: the directional bias.</param>
/// <param name="BullishLayers">Layers voting bullish.</param>
/// <param name="BearishLayers">Layers voting bearish.</param>
/// <param name="Failures">Why it does not pass (empty when it does).</param>
/// <param name="Plan">The trade plan, or null when none could be built.</param>
/// <param name="Verdicts">Every layer's verdict, L1 first.</param>
/// <param name="Explanation">The text a user reads.</param>
public sealed record Candidate(
    Symbol Symbol,
    long TimeMs,
    double Price,
    double Score,
    bool Passed,
    Vote Bias,
    IReadOnlyList<LayerId> BullishLayers,
    IReadOnlyList<LayerId> BearishLayers,
    IReadOnlyList<string> Failures,
    TradePlan? Plan,
    IReadOnlyList<LayerVerdict> Verdicts,
    string Explanation);
