using Qari.Model.Ids;

namespace Qari.Trading.Risk;

/// <summary>
/// What the trading engine needs of one analysis candidate. The analysis engine's output is mapped onto this by the
/// integration layer, so Trading depends on Model only.
/// </summary>
/// <param name="Symbol">The pair.</param>
/// <param name="Score">Confluence score (0–100).</param>
/// <param name="ZoneLow">Lower edge of the entry zone.</param>
/// <param name="ZoneHigh">Upper edge of the entry zone.</param>
/// <param name="Invalidation">Structural invalidation price (before clamping into the stop band).</param>
/// <param name="Target1">First structural target (PT1).</param>
/// <param name="Target2">Second structural target (PT2).</param>
/// <param name="RiskReward">The plan's risk/reward as computed by the analysis.</param>
/// <param name="Summary">One-line summary of the verdicts (for notifications).</param>
/// <param name="Explanation">The plain-English explanation from the layer verdicts (SPEC §1.6).</param>
/// <param name="LayerVerdicts">One line per layer verdict, for the journal and dashboard.</param>
/// <param name="ExtremeLiquidationEvent">True when the symbol is flagged by an extreme liquidation event.</param>
/// <param name="BtcCrash">True when BTC is in a crash (L11 veto).</param>
/// <remarks>
/// The explanation may be handed over as a writer (<see cref="WithLazyExplanation"/>):
/// a backtest passes every passing candidate of every cycle to the engine, and only the few that become trades are read.
/// </remarks>
public sealed record TradeCandidate(
    Symbol Symbol,
    decimal Score,
    decimal ZoneLow,
    decimal ZoneHigh,
    decimal Invalidation,
    decimal Target1,
    decimal Target2,
    decimal RiskReward,
    string Summary,
    string Explanation,
    IReadOnlyList<string> LayerVerdicts,
    bool ExtremeLiquidationEvent = false,
    bool BtcCrash = false)
{
    private string? _explanation = Explanation;
    private Func<string>? _writeExplanation;

    /// <summary>
    /// A candidate whose explanation is written by <paramref name="explanation"/> on first read (the writer must capture
    /// values, not live state). A factory rather than a constructor: the journal's JSON reader needs the record's one
    /// public constructor.
    /// </summary>
    public static TradeCandidate WithLazyExplanation(Symbol symbol, decimal score, decimal zoneLow, decimal zoneHigh, decimal invalidation,
        decimal target1, decimal target2, decimal riskReward, string summary, Func<string> explanation, IReadOnlyList<string> layerVerdicts,
        bool extremeLiquidationEvent = false, bool btcCrash = false)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        return new TradeCandidate(symbol, score, zoneLow, zoneHigh, invalidation, target1, target2, riskReward, summary, string.Empty,
            layerVerdicts, extremeLiquidationEvent, btcCrash) { _explanation = null, _writeExplanation = explanation };
    }

    /// <summary>The plain-English explanation from the layer verdicts (SPEC §1.6).</summary>
    public string Explanation
    {
        // Two threads reading at once may both write it: the same text, so either result is right.
        get => _explanation ??= _writeExplanation!();
        init => _explanation = value;
    }

    /// <summary>Equal when every field, the explanation text included, is equal (the text is written if needed).</summary>
    public bool Equals(TradeCandidate? other) =>
        other is not null && (ReferenceEquals(this, other) || (Symbol == other.Symbol && Score == other.Score && ZoneLow == other.ZoneLow
            && ZoneHigh == other.ZoneHigh && Invalidation == other.Invalidation && Target1 == other.Target1 && Target2 == other.Target2
            && RiskReward == other.RiskReward && Summary == other.Summary && Explanation == other.Explanation
            && Equals(LayerVerdicts, other.LayerVerdicts) && ExtremeLiquidationEvent == other.ExtremeLiquidationEvent
            && BtcCrash == other.BtcCrash));

    /// <summary>A hash of the fields other than the explanation (reading it would write it).</summary>
    public override int GetHashCode() =>
        HashCode.Combine(HashCode.Combine(Symbol, Score, ZoneLow, ZoneHigh, Invalidation, Target1, Target2, RiskReward),
            Summary, LayerVerdicts, ExtremeLiquidationEvent, BtcCrash);
}
