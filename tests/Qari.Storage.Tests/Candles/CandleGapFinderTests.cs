using Qari.Storage.Candles;

namespace Qari.Storage.Tests.Candles;

public class CandleGapFinderTests
{
    [Fact]
    public void Find_TwoHoles_FirstLastAndCount()
    {
        long[] times = [0, 5, 10, 25, 30, 45];

        var gaps = CandleGapFinder.Find(times, 5);

        Assert.Equal([new CandleGap(15, 20, 2), new CandleGap(35, 40, 2)], gaps);
    }

    [Fact]
    public void Find_Contiguous_None() => Assert.Empty(CandleGapFinder.Find([0L, 5, 10], 5));
}
