using Qari.Analysis.Structure;

namespace Qari.Analysis.Tests.Structure;

/// <summary>Order-block realism refreshed on first read against the refresh inside every update, on real candles.</summary>
public class OrderBlockRealismTests
{
    [Theory]
    [InlineData("binance_DOGEUSDT_1h", 1)]
    [InlineData("binance_DOGEUSDT_1h", 17)]
    [InlineData("binance_BTCUSDT_4h", 3)]
    [InlineData("binance_ETHUSDT_1d", 5)]
    public void Blocks_ReadAfterAnyNumberOfCandles_SameAsRefreshedEveryCandle(string file, int seed)
    {
        var random = new Random(seed);
        var structure = new MarketStructure();
        var lazy = new OrderBlockDetector(structure);
        var eager = new OrderBlockDetector(structure) { LazyRealism = false };
        var compared = 0;
        var skippedCandles = 0;
        foreach (var bar in TestData.Bars(file))
        {
            structure.Update(bar);
            lazy.Update(bar);
            eager.Update(bar);
            // Read now and then (runs of unread candles, as in warm-up), by index, by enumeration or new blocks only.
            var read = random.Next(seed);
            if (read != 0)
            {
                skippedCandles++;
                continue;
            }
            Assert.Equal(eager.NewBlockCount, lazy.NewBlockCount);
            if (random.Next(3) == 0 && lazy.NewBlockCount > 0)
            {
                for (var i = 0; i < lazy.NewBlockCount; i++) AssertSame(eager.NewBlock(i), lazy.NewBlock(i));
            }
            var viaEnumerator = random.Next(2) == 0 ? lazy.Blocks.ToList() : null;
            Assert.Equal(eager.Blocks.Count, lazy.Blocks.Count);
            for (var i = 0; i < eager.Blocks.Count; i++) AssertSame(eager.Blocks[i], viaEnumerator?[i] ?? lazy.Blocks[i]);
            compared += eager.Blocks.Count;
        }
        Assert.True(compared > 500, $"only {compared} blocks compared");
        Assert.True(seed == 1 || skippedCandles > 100);
        Assert.Contains(eager.Blocks, b => b.State == OrderBlockState.Negated);
        Assert.Contains(eager.Blocks, b => b.State != OrderBlockState.Negated && b.Realism > 0);
    }

    [Fact]
    public void Reset_PendingRealism_Forgotten()
    {
        var bars = TestData.Bars("binance_DOGEUSDT_1h");
        var structure = new MarketStructure();
        var lazy = new OrderBlockDetector(structure);
        var eager = new OrderBlockDetector(structure) { LazyRealism = false };
        for (var round = 0; round < 2; round++)
        {
            foreach (var bar in bars.Take(400 + (round * 300)))
            {
                structure.Update(bar);
                lazy.Update(bar);
                eager.Update(bar);
            }
            Assert.NotEmpty(eager.Blocks);
            Assert.Equal(eager.Blocks.Count, lazy.Blocks.Count);
            for (var i = 0; i < eager.Blocks.Count; i++) AssertSame(eager.Blocks[i], lazy.Blocks[i]);
            structure.Reset();
            lazy.Reset();
            eager.Reset();
            Assert.Empty(lazy.Blocks);
        }
    }

    // Record equality treats 0.0 and -0.0 as equal; the realism must have the very same bits.
    private static void AssertSame(OrderBlock expected, OrderBlock actual)
    {
        Assert.Equal(expected, actual);
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected.Realism), BitConverter.DoubleToInt64Bits(actual.Realism));
    }
}
