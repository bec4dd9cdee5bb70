using Qari.Analysis.Series;
using Qari.Analysis.Structure;
using Qari.Model.Market;

namespace Qari.Analysis.Tests.Structure;

public class BarMeasuresTests
{
    [Fact]
    public void Measures_UpCandle_RangeBodyAndDirection()
    {
        var bar = Bar.From(new Candle(1_000, 10.5m, 12.25m, 9.75m, 11m, 123.5m));
        Assert.Equal(2.5, bar.Range);
        Assert.Equal(0.5, bar.Body);
        Assert.True(bar.IsBullish);
        Assert.False(bar.IsBearish);
    }

    [Fact]
    public void Measures_Doji_NeitherBullishNorBearish()
    {
        var bar = new Bar(0, 5, 6, 4, 5, 1);
        Assert.False(bar.IsBullish || bar.IsBearish);
        Assert.Equal(0, bar.Body);
    }

    [Fact]
    public void AnalyzerUpdate_InsaneCandle_Throws() =>
        Assert.Throws<ArgumentException>(() => new StructureAnalyzer().Update(new Candle(1_000, 1m, 2m, 0m, 1m, 1m)));
}
