using Qari.Analysis.Engine;
using Qari.Analysis.Structure;
using Qari.Model.Ids;
using Qari.Model.Market;
using static Qari.Analysis.Tests.Layers.Synthetic;

namespace Qari.Analysis.Tests.Engine;

public sealed class AnalysisCycleTests
{
    [Fact]
    public void Breadth_MixedUniverse_CountsBullishAndBearishStructureSeparately()
    {
        var end = Start + (60L * 86_400_000);
        var up = Analyzer(h4: Path(Timeframe.H4, end, 4, Up(100, 40)));
        var down = Analyzer(h4: Path(Timeframe.H4, end, 4, Down(900, 40)));
        Assert.Equal(Trend.Bullish, up.H4.Structure.Trend);
        Assert.Equal(Trend.Bearish, down.H4.Structure.Trend);
        var breadth = AnalysisCycle.Breadth([new(new Symbol("A", "USDT"), up), new(new Symbol("B", "USDT"), down), new(new Symbol("C", "USDT"), down)]);
        Assert.NotNull(breadth);
        Assert.Equal(3, breadth.Value.Pairs);
        Assert.Equal(1.0 / 3, breadth.Value.ShareBullishStructure, 9);
        Assert.Equal(2.0 / 3, breadth.Value.ShareBearishStructure, 9);
    }
}
