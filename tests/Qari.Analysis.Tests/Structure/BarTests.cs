using Qari.Analysis.Structure;
using Qari.Model.Market;

namespace Qari.Analysis.Tests.Structure;

public class BarTests
{
    [Fact]
    public void From_Candle_ConvertsExactly()
    {
        var bar = Bar.From(new Candle(1_000, 10.5m, 12.25m, 9.75m, 11m, 123.5m));
        Assert.Equal(new Bar(1_000, 10.5, 12.25, 9.75, 11, 123.5), bar);
        Assert.Equal(2.5, bar.Range);
        Assert.Equal(0.5, bar.Body);
        Assert.True(bar.IsBullish);
        Assert.False(bar.IsBearish);
    }

    [Fact]
    public void From_NonPositivePrice_Throws() =>
        Assert.Throws<ArgumentException>(() => Bar.From(new Candle(1_000, 1m, 2m, 0m, 1m, 1m)));
}
