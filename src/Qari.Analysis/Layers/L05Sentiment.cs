using static Qari.Analysis.Layers.LayerFormat;

namespace Qari.Analysis.Layers;

/// <summary>
/// L5 sentiment: breadth over the scanned universe (share of pairs above their 4h EMA50 and share with bullish 4h
/// structure) and, only when a provider is configured, the Fear &amp; Greed index; extreme greed caps the vote at
/// neutral. Bearish breadth mirrors bullish breadth: most pairs below their EMA50 and half of them in a bearish 4h
/// structure (a ranging market is not bearish evidence). Abstains when neither is available (fewer than <see cref="MinPairs"/> pairs scanned, no provider).
/// </summary>
public sealed class L05Sentiment : IMemoLayer
{
    /// <summary>Pairs needed for breadth to mean anything.</summary>
    public const int MinPairs = 5;

    /// <inheritdoc />
    public LayerId Id => LayerId.L05Sentiment;

    /// <inheritdoc />
    public LayerVerdict Evaluate(LayerInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Compute(input);
    }

    // Only the breadth and the Fear & Greed reading are read: equal readings give the same verdict.
    LayerVerdict IMemoLayer.Evaluate(LayerInput input, LayerMemo memo)
    {
        var readings = (input.Market.Breadth, input.Market.FearGreed);
        if (memo.Holds(this, 0, 0, 0, 0.0) && memo.Extra is ValueTuple<MarketBreadth?, FearGreedReading?> last && last.Equals(readings)) return memo.Verdict!;
        memo.Start(0.0);
        return memo.Keep(this, 0, 0, 0, Compute(input), readings);
    }

    private static LayerVerdict Compute(LayerInput input)
    {
        var breadth = input.Market.Breadth is { } b && b.Pairs >= MinPairs ? b : (MarketBreadth?)null;
        var fg = input.Market.FearGreed;
        if (breadth is null && fg is null)
            return LayerVerdict.Abstain(LayerId.L05Sentiment, static () => $"No sentiment data: breadth needs at least {MinPairs} scanned pairs and no Fear & Greed source is configured.");
        Vote vote;
        double strength;
        if (breadth is { } br)
        {
            var mean = (br.ShareAboveEma50 + br.ShareBullishStructure) / 2.0;
            // Without a bearish-structure share (older callers) the absence of bullish structure stands in for it.
            var bearishStructure = double.IsNaN(br.ShareBearishStructure) ? br.ShareBullishStructure <= 0.4 : br.ShareBearishStructure >= 0.5;
            var bearMean = double.IsNaN(br.ShareBearishStructure) ? 1.0 - mean : ((1.0 - br.ShareAboveEma50) + br.ShareBearishStructure) / 2.0;
            (vote, strength) = br.ShareAboveEma50 >= 0.6 && br.ShareBullishStructure >= 0.5 ? (Vote.Bullish, mean)
                : br.ShareAboveEma50 <= 0.4 && bearishStructure ? (Vote.Bearish, bearMean)
                : (Vote.Neutral, 0.0);
        }
        else
        {
            var v = fg!.Value.Value;
            (vote, strength) = v is >= 55 and < 80 ? (Vote.Bullish, 0.4) : v <= 25 ? (Vote.Bearish, 0.4) : (Vote.Neutral, 0.0);
        }
        var capped = false;
        if (fg is { } f && f.Value >= 80 && vote == Vote.Bullish)
        {
            (vote, strength) = (Vote.Neutral, 0.0);
            capped = true;
        }
        return LayerVerdict.Of(LayerId.L05Sentiment, vote, strength, LayerLevels.None, Sentence(breadth, fg, capped));
    }

    private static Func<string> Sentence(MarketBreadth? breadth, FearGreedReading? fg, bool capped) => () =>
    {
        var text = breadth is { } br
            ? $"Breadth over {br.Pairs} pairs: {Pct(br.ShareAboveEma50)} above their 4h EMA50, {Pct(br.ShareBullishStructure)} with bullish 4h structure"
                + (double.IsNaN(br.ShareBearishStructure) ? "" : $", {Pct(br.ShareBearishStructure)} bearish")
            : "No breadth (too few pairs scanned)";
        if (fg is { } f)
        {
            text += $"; Fear & Greed {f.Value}";
            if (capped) text += " (extreme greed: not counted as bullish)";
        }
        return text + ".";
    };
}
