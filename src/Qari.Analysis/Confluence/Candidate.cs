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
/// <remarks>
/// The explanation is written on first read: a scan cycle scores every symbol, but only the few candidates someone
/// reads (passing ones, a report, the CLI) need the text, and writing it was most of a cycle's cost.
/// </remarks>
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
    IReadOnlyList<LayerVerdict> Verdicts)
{
    private string? _explanation;

    /// <summary>A candidate whose explanation text is given rather than written from its fields.</summary>
    public Candidate(Symbol symbol, long timeMs, double price, double score, bool passed, Vote bias, IReadOnlyList<LayerId> bullishLayers,
        IReadOnlyList<LayerId> bearishLayers, IReadOnlyList<string> failures, TradePlan? plan, IReadOnlyList<LayerVerdict> verdicts, string explanation)
        : this(symbol, timeMs, price, score, passed, bias, bullishLayers, bearishLayers, failures, plan, verdicts) =>
        _explanation = explanation ?? throw new ArgumentNullException(nameof(explanation));

    /// <summary>The text a user reads (<see cref="CandidateExplanation"/>), written from the fields on first read.</summary>
    public string Explanation
    {
        get => _explanation ??= CandidateExplanation.Write(Symbol, Price, Score, Passed, Verdicts, Plan, Failures);
        init => _explanation = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Equal when every field and the explanation text are equal (the text is written if needed).</summary>
    public bool Equals(Candidate? other) =>
        other is not null && (ReferenceEquals(this, other) || (Symbol == other.Symbol && TimeMs == other.TimeMs && Price.Equals(other.Price)
            && Score.Equals(other.Score) && Passed == other.Passed && Bias == other.Bias && Equals(BullishLayers, other.BullishLayers)
            && Equals(BearishLayers, other.BearishLayers) && Equals(Failures, other.Failures) && Equals(Plan, other.Plan)
            && Equals(Verdicts, other.Verdicts) && Explanation == other.Explanation));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Symbol, TimeMs, Price, Score, Passed, Bias, Plan, Verdicts);
}
