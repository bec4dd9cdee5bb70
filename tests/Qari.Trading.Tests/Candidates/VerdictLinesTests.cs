using Qari.Analysis.Layers;
using Qari.Trading.Candidates;

namespace Qari.Trading.Tests.Candidates;

public sealed class VerdictLinesTests
{
    private static readonly LayerVerdict[] Verdicts =
    [
        LayerVerdict.Of(LayerId.L01MarketStructure, Vote.Bullish, 0.6, LayerLevels.None, "1d structure is bullish."),
        LayerVerdict.Of(LayerId.L07Indicators, Vote.Bearish, 1.0 / 3.0, LayerLevels.None, () => "RSI 40.0."),
        LayerVerdict.Abstain(LayerId.L08OrderBook, "No order-book snapshot."),
    ];

    [Fact]
    public void Lines_ReadByIndexAndEnumerated_MatchTheEagerFormat()
    {
        var expected = Verdicts.Select(v => $"{v.Layer}: {v.Vote} ({v.Points:0.##}) {v.Sentence}").ToArray();
        var lines = new VerdictLines(Verdicts);
        Assert.Equal(3, lines.Count);
        Assert.Equal(expected[1], lines[1]);
        Assert.Equal(expected, lines.ToArray());
        Assert.Equal("L07Indicators: Bearish (-3.33) RSI 40.0.", lines[1]);
    }

    [Fact]
    public void Indexer_NotRead_DoesNotWriteTheSentence()
    {
        var written = 0;
        var lines = new VerdictLines([LayerVerdict.Of(LayerId.L04Volume, Vote.Neutral, 0.0, LayerLevels.None, () => { written++; return "x"; })]);
        Assert.Equal(0, written);
        Assert.Equal("L04Volume: Neutral (0) x", lines[0]);
        Assert.Equal(1, written);
    }
}
