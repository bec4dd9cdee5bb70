using System.Globalization;
using Qari.Analysis.Confluence;
using Qari.Analysis.Layers;

namespace Qari.Analysis.Tests.Confluence;

/// <summary>The cached failure sentences (tables and per-thread caches) must be the text a fresh format gives.</summary>
public sealed class FailureTextsTests
{
    private static string Fresh(double score, double threshold) =>
        $"score {LayerFormat.N(score)} is below the threshold {LayerFormat.N(threshold, 0)}";

    [Theory]
    [InlineData(60.0)]
    [InlineData(15.0)]
    public void BelowThreshold_EveryTenthAndOddValues_SameTextAsAFreshFormat(double threshold)
    {
        for (var pass = 0; pass < 2; pass++)
        {
            for (var k = 0; k <= 1000; k++)
            {
                var score = Math.Round(k / 10.0, 1);
                Assert.Equal(Fresh(score, threshold), FailureTexts.BelowThreshold(score, threshold));
            }
            foreach (var odd in new[] { -0.0, 0.0, 41.25, 41.2000001, -3.0, 100.04, 1e9, double.NaN })
                Assert.Equal(Fresh(odd, threshold), FailureTexts.BelowThreshold(odd, threshold));
        }
        Assert.Same(FailureTexts.BelowThreshold(41.2, threshold), FailureTexts.BelowThreshold(41.2, threshold));
    }

    [Fact]
    public void BelowThreshold_ThresholdChanges_TextNamesTheNewThreshold()
    {
        Assert.Equal(Fresh(41.2, 60), FailureTexts.BelowThreshold(41.2, 60));
        Assert.Equal(Fresh(41.2, 70), FailureTexts.BelowThreshold(41.2, 70));
        Assert.Equal(Fresh(41.2, 60), FailureTexts.BelowThreshold(41.2, 60));
    }

    [Fact]
    public void TooFewLayersAndVeto_TableAndLargeValues_SameTextAsAFreshFormat()
    {
        foreach (var (independent, needed) in new[] { (0, 3), (2, 3), (15, 15), (16, 3), (-1, 3), (2, 40) })
            Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"only {independent} independent layer(s) vote bullish (need {needed})"),
                FailureTexts.TooFewLayers(independent, needed));
        foreach (var layer in Enum.GetValues<LayerId>())
            Assert.Equal($"{TradePlanner.Name(layer)} vetoes entries", FailureTexts.Veto(layer));
    }

    [Fact]
    public void RiskReward_EqualReasonTextsOfTwoInstances_SameSentence()
    {
        var reason = "1d swing high";
        var other = new string(reason.AsSpan());
        var a = FailureTexts.RiskReward(1.234, reason, 2.0);
        var b = FailureTexts.RiskReward(1.234, other, 2.0);
        Assert.Equal("risk/reward 1.23 to the farthest structural target (1d swing high) is below 2.0", a);
        Assert.Equal(a, b);
        Assert.Same(a, FailureTexts.RiskReward(1.234, reason, 2.0));
    }
}
