using Qari.Analysis.Engine;
using Qari.Analysis.Layers;
using Qari.Analysis.Series;
using Qari.Analysis.Structure;
using Qari.Model.Market;
using static Qari.Analysis.Tests.Layers.Synthetic;

namespace Qari.Analysis.Tests.Layers;

public sealed class LayerVerdictTests
{
    private static readonly long End = Start + (60L * 86_400_000);

    [Fact]
    public void Sentence_LazyWriter_RunsOnlyWhenReadAndOnce()
    {
        var calls = 0;
        var v = LayerVerdict.Of(LayerId.L04Volume, Vote.Bullish, 0.5, LayerLevels.None, () => { calls++; return "text"; });
        Assert.Equal(0, calls);
        Assert.Equal("text", v.Sentence);
        Assert.Equal("text", v.Sentence);
        Assert.Equal(1, calls);
    }

    [Fact]
    public void Equals_LazyAndEagerWithSameText_AreEqualWithSameHash()
    {
        var eager = LayerVerdict.Of(LayerId.L07Indicators, Vote.Bearish, 0.4, LayerLevels.None, "RSI 40.0.");
        var lazy = LayerVerdict.Of(LayerId.L07Indicators, Vote.Bearish, 0.4, LayerLevels.None, () => "RSI 40.0.");
        var other = LayerVerdict.Of(LayerId.L07Indicators, Vote.Bearish, 0.4, LayerLevels.None, () => "RSI 41.0.");
        Assert.Equal(eager, lazy);
        Assert.Equal(eager.GetHashCode(), lazy.GetHashCode());
        Assert.NotEqual(eager, other);
        Assert.Equal(-4.0, lazy.Points);
    }

    [Fact]
    public void With_ReplacedSentence_UsesTheNewText()
    {
        var lazy = LayerVerdict.Of(LayerId.L10Session, Vote.Neutral, 0.0, LayerLevels.None, () => "old");
        Assert.Equal("new", (lazy with { Sentence = "new" }).Sentence);
    }

    private sealed class CountingText : VerdictText
    {
        public int Calls;

        public override string Write(double at)
        {
            Interlocked.Increment(ref Calls);
            return $"at {at}";
        }
    }

    [Fact]
    public void Sentence_WrittenFromText_WrittenAtItsValueOnFirstReadAndReplaceableByWith()
    {
        var text = new CountingText();
        var v = LayerVerdict.Written(LayerId.L09Vwap, Vote.Bullish, 0.5, new LayerLevels(ZoneLow: 1.0), text, 2.5);
        Assert.Equal(0, text.Calls);
        Assert.Equal(5.0, v.Points);
        Assert.Equal(1.0, v.Levels.ZoneLow);
        Assert.Equal("at 2.5", v.Sentence);
        Assert.Equal("at 2.5", v.Sentence);
        Assert.Equal(1, text.Calls);
        Assert.Equal("new", (LayerVerdict.Written(LayerId.L09Vwap, Vote.Bullish, 0.5, LayerLevels.None, text, 3.0) with { Sentence = "new" }).Sentence);
        Assert.Equal(1, text.Calls);
    }

    [Fact]
    public void Sentence_ReadFromManyThreadsAtOnce_EveryReaderGetsTheSameText()
    {
        for (var round = 0; round < 200; round++)
        {
            var v = LayerVerdict.Written(LayerId.L10Session, Vote.Neutral, 0.0, LayerLevels.None, new CountingText(), round);
            var read = new string[4];
            Parallel.For(0, read.Length, i => read[i] = v.Sentence);
            Assert.All(read, t => Assert.Equal($"at {round}", t));
        }
    }

    [Fact]
    public void Evaluate_SentenceReadAfterMoreCandles_DescribesTheMomentEvaluated()
    {
        var cut = End - (2L * 86_400_000);
        var market = new MarketContext(new MarketBreadth(6, 0.7, 0.6, 0.1), new FearGreedReading(60, cut), new BtcContext(Trend.Bullish, Trend.Range, 0.01, 0.02, 100));
        var (later, laterTape) = Tape();
        Assert.True(laterTape.AdvanceTo(cut).IsSuccess);
        var unread = new LayerSet().Evaluate(new LayerInput(Coin, later, market, null));
        Assert.True(laterTape.AdvanceTo(long.MaxValue).IsSuccess);

        var (now, nowTape) = Tape();
        Assert.True(nowTape.AdvanceTo(cut).IsSuccess);
        var expected = new LayerSet().Evaluate(new LayerInput(Coin, now, market, null)).Select(v => v.Sentence).ToArray();

        Assert.Equal(expected, unread.Select(v => v.Sentence).ToArray());
        Assert.Contains(unread, v => v.Vote != Vote.Abstain && v.Layer != LayerId.L05Sentiment && v.Layer != LayerId.L11BtcContext);
    }

    private static (SymbolAnalyzer Analyzer, CandleTape Tape) Tape()
    {
        var analyzer = new SymbolAnalyzer();
        var tape = new CandleTape(analyzer, Path(Timeframe.M5, End, 24, Up(100, 300)), Path(Timeframe.H1, End, 6, Up(100, 150)),
            Path(Timeframe.H4, End, 4, Up(100, 60)), Path(Timeframe.D1, End, 3, Up(100, 30)));
        return (analyzer, tape);
    }
}
