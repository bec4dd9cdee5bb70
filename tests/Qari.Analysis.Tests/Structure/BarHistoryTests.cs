using Qari.Analysis.Structure;

namespace Qari.Analysis.Tests.Structure;

public class BarHistoryTests
{
    [Fact]
    public void Indexer_AbsoluteIndex_OnlyForKeptCandles()
    {
        var h = new BarHistory(3);
        foreach (var b in TestBars.Flat(5, 100)) h.Add(b);
        Assert.Equal(5, h.Count);
        Assert.Equal(2, h.OldestIndex);
        Assert.Equal(TestBars.TimeOf(4), h[4].OpenTimeMs);
        Assert.Equal(TestBars.TimeOf(2), h[2].OpenTimeMs);
        Assert.False(h.Contains(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => h[1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => h[5]);
    }
}
