using Qari.Analysis.Structure;

namespace Qari.Analysis.Tests.Structure;

public class RingBufferTests
{
    [Fact]
    public void Add_BeyondCapacity_OverwritesOldestAndKeepsOrder()
    {
        var r = new RingBuffer<int>(3);
        for (var i = 1; i <= 5; i++) r.Add(i);
        Assert.Equal(new[] { 3, 4, 5 }, r);
        Assert.Equal(3, r[0]);
        Assert.Equal(5, r.Last);
        Assert.Equal(4, r.FromEnd(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => r[3]);
    }

    [Fact]
    public void ReplaceLast_AndClear_Work()
    {
        var r = new RingBuffer<int>(2);
        r.Add(1);
        r.Add(2);
        r.Add(3);
        r.ReplaceLast(9);
        Assert.Equal(new[] { 2, 9 }, r);
        r.Clear();
        Assert.Empty(r);
        Assert.Throws<InvalidOperationException>(() => r.ReplaceLast(1));
    }

    [Fact]
    public void Constructor_ZeroCapacity_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => new RingBuffer<int>(0));
}
