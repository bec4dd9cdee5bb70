using Qari.Analysis.Engine;
using Qari.Analysis.Layers;
using Qari.Analysis.Series;
using Qari.Analysis.Tests.Engine;
using Qari.Model.Ids;
using Qari.Model.Market;

namespace Qari.Analysis.Tests.Layers;

/// <summary>
/// Memoised layers (<see cref="LayerMemo"/>) must give, at every 5m close, the verdict a fresh evaluation gives; the
/// memoised run and the fresh run each have their own analyser, fed the same candles.
/// </summary>
public sealed class LayerMemoTests
{
    private static readonly Symbol Sol = new("SOL", "USDT");

    private sealed record Step(LayerVerdict[] Memoised, LayerVerdict[] Fresh, SymbolAnalyzer Analyzer, long H1Count, long H4Count, double Price, long M15Count = 0);

    // One replay serves every test of the class (the steps are only read).
    private static readonly Lazy<List<Step>> Shared = new(Build);

    private static List<Step> Replay() => Shared.Value;

    private static List<Step> Build()
    {
        Bar[] m5 = NoLookAheadTests.Load("5m"), h1 = NoLookAheadTests.Load("1h"), h4 = NoLookAheadTests.Load("4h"), d1 = NoLookAheadTests.Load("1d");
        var memoTape = new CandleTape(new SymbolAnalyzer(), m5, h1, h4, d1);
        var freshTape = new CandleTape(new SymbolAnalyzer(), m5, h1, h4, d1);
        var memoised = new LayerSet();
        var fresh = new LayerSet(null, memoise: false);
        var steps = new List<Step>();
        foreach (var bar in m5)
        {
            var at = bar.OpenTimeMs + Timeframe.M5.Milliseconds();
            Assert.True(memoTape.AdvanceTo(at).IsSuccess);
            Assert.True(freshTape.AdvanceTo(at).IsSuccess);
            steps.Add(new Step(memoised.Evaluate(Input(memoTape.Analyzer)), fresh.Evaluate(Input(freshTape.Analyzer)),
                memoTape.Analyzer, memoTape.Analyzer.H1.Count, memoTape.Analyzer.H4.Count, memoTape.Analyzer.Price, memoTape.Analyzer.M15.Count));
        }
        return steps;
    }

    // Breadth that moves with the price (so L5's readings change now and then) and BTC context from the same analyser.
    private static LayerInput Input(SymbolAnalyzer a)
    {
        var above = a.H4.Ema50 is { IsReady: true } ema && a.Price > ema.Value ? 0.8 : 0.3;
        var context = new MarketContext(Breadth: new MarketBreadth(6, above, 0.5, 0.2), Btc: AnalysisCycle.Btc([new(new Symbol("BTC", "USDT"), a)]));
        return new LayerInput(Sol, a, context);
    }

    [Fact]
    public void Evaluate_EveryFiveMinuteClose_MemoisedVerdictsEqualFreshOnes()
    {
        var steps = Replay();
        Assert.True(steps.Count > 1000);
        foreach (var s in steps) Assert.Equal(s.Fresh, s.Memoised);
        // Only meaningful when the layers vote on this data.
        Assert.Contains(steps, s => s.Memoised.Any(v => v.Vote is Vote.Bullish or Vote.Bearish));
    }

    [Theory]
    [InlineData(LayerId.L01MarketStructure)]
    [InlineData(LayerId.L02Liquidity)]
    [InlineData(LayerId.L04Volume)]
    [InlineData(LayerId.L05Sentiment)]
    [InlineData(LayerId.L07Indicators)]
    public void Evaluate_NothingChanged_ReusesTheVerdictEvenWhenThePriceMoved(LayerId layer)
    {
        var steps = Replay();
        var i = (int)layer - 1;
        var reusedAtNewPrice = 0;
        for (var k = 1; k < steps.Count; k++)
            if (ReferenceEquals(steps[k].Memoised[i], steps[k - 1].Memoised[i]) && steps[k].Price != steps[k - 1].Price) reusedAtNewPrice++;
        Assert.True(reusedAtNewPrice > steps.Count / 4, $"{layer} reused at a new price {reusedAtNewPrice} of {steps.Count} times");
    }

    [Theory]
    [InlineData(LayerId.L01MarketStructure)]
    [InlineData(LayerId.L02Liquidity)]
    [InlineData(LayerId.L04Volume)]
    [InlineData(LayerId.L07Indicators)]
    public void Evaluate_HigherTimeframeCandleClosed_Recomputes(LayerId layer)
    {
        var steps = Replay();
        var i = (int)layer - 1;
        var closes = 0;
        for (var k = 1; k < steps.Count; k++)
        {
            var changed = layer == LayerId.L01MarketStructure ? steps[k].H4Count != steps[k - 1].H4Count : steps[k].H1Count != steps[k - 1].H1Count;
            if (!changed) continue;
            closes++;
            Assert.False(ReferenceEquals(steps[k].Memoised[i], steps[k - 1].Memoised[i]), $"{layer} reused its verdict across a close at step {k}");
        }
        Assert.True(closes > 10);
    }

    [Fact]
    public void Evaluate_FifteenMinuteCloseWithoutNewBreak_L1KeepsItsVerdict()
    {
        var steps = Replay();
        int across = 0, reused = 0;
        for (var k = 1; k < steps.Count; k++)
        {
            if (steps[k].M15Count == steps[k - 1].M15Count || steps[k].H4Count != steps[k - 1].H4Count) continue;
            across++;
            if (ReferenceEquals(steps[k].Memoised[0], steps[k - 1].Memoised[0])) reused++;
        }
        // The sentence names the last 15m break, so a reused verdict must still equal the fresh one (checked at every
        // close above); most 15m closes break nothing, so most of them keep the verdict.
        Assert.True(across > 100);
        Assert.True(reused > across / 4, $"L1 kept its verdict across {reused} of {across} 15m closes");
    }

    [Theory]
    [InlineData(LayerId.L03OrderBlocks)]
    [InlineData(LayerId.L06Fibonacci)]
    [InlineData(LayerId.L10Session)]
    [InlineData(LayerId.L11BtcContext)]
    public void Evaluate_WordedLayers_KeepTheirDecisionAndWriteTheSentenceOfEachCycle(LayerId layer)
    {
        var steps = Replay();
        var i = (int)layer - 1;
        var sameDecision = 0;
        for (var k = 1; k < steps.Count; k++)
        {
            var (now, before) = (steps[k].Memoised[i], steps[k - 1].Memoised[i]);
            // The sentences were read only now, after the whole replay: each still names its own cycle's price or time.
            Assert.Equal(steps[k].Fresh[i].Sentence, now.Sentence);
            if (now.Vote == before.Vote && now.Points.Equals(before.Points) && now.Levels.Equals(before.Levels)) sameDecision++;
        }
        Assert.True(sameDecision > steps.Count / 2, $"{layer} kept its decision {sameDecision} of {steps.Count} times");
    }

    [Fact]
    public void Evaluate_L3PriceLeavesItsCellWithoutACandleClose_ChoosesFromTheKeptZonesAsAFreshScanDoes()
    {
        var steps = Replay();
        const int i = (int)LayerId.L03OrderBlocks - 1;
        int redecided = 0, atZone = 0;
        for (var k = 1; k < steps.Count; k++)
        {
            if (steps[k].H1Count != steps[k - 1].H1Count || steps[k].H4Count != steps[k - 1].H4Count) continue;
            var (now, before) = (steps[k].Memoised[i], steps[k - 1].Memoised[i]);
            if (now.Vote == before.Vote && now.Points.Equals(before.Points) && now.Levels.Equals(before.Levels)) continue;
            // A new decision between candle closes comes from the zones copied at the last close, not from the detectors.
            redecided++;
            if (now.Levels.ZoneLow is not null || now.Vote == Vote.Bearish) atZone++;
            Assert.Equal(steps[k].Fresh[i], now);
        }
        Assert.True(redecided > 5, $"L3 decided again between closes {redecided} times");
        Assert.True(atZone > 0, "no block or gap was chosen between closes");
    }

    [Fact]
    public void Evaluate_L2AndL3SwingFailureAgesOutBetweenCloses_DecidesAgainAsAFreshEvaluation()
    {
        var steps = Replay();
        var aged = 0;
        for (var k = 1; k < steps.Count; k++)
        {
            if (steps[k].H1Count != steps[k - 1].H1Count || steps[k].H4Count != steps[k - 1].H4Count) continue;
            var (now, before) = (steps[k].Memoised[1], steps[k - 1].Memoised[1]);
            if (before.Vote is Vote.Bullish or Vote.Bearish && now.Vote == Vote.Neutral) aged++;
        }
        // Equality with the fresh walk at every close is checked above; here the failure must really age out mid-hour.
        Assert.True(aged > 0, "no swing failure aged out between candle closes");
    }

    [Fact]
    public void Evaluate_L11DominanceOrBtcChanges_DecidesAgain()
    {
        var a = Replay()[^1].Analyzer;
        var layer = new L11BtcContext();
        IMemoLayer memoised = layer;
        var memo = new LayerMemo();
        var calm = new MarketContext(Btc: new BtcContext(Qari.Analysis.Structure.Trend.Bullish, Qari.Analysis.Structure.Trend.Bullish, 0.01, 0.01, 60_000));
        MarketContext[] contexts =
        [
            calm,
            calm with { Btc = calm.Btc!.Value with { Drop60m = 0.012 } },
            calm with { Dominance = new BtcDominanceReading(0.58, 0.56, 0) },
            calm with { Dominance = new BtcDominanceReading(0.58, 0.575, 0) },
            calm with { Btc = calm.Btc!.Value with { Drop60m = 0.04 } },
            calm with { Btc = calm.Btc!.Value with { Trend4h = Qari.Analysis.Structure.Trend.Bearish } },
            calm with { Btc = calm.Btc!.Value with { Return24h = 0.2 } },
            calm,
        ];
        foreach (var context in contexts)
        {
            var input = new LayerInput(Sol, a, context);
            var fresh = layer.Evaluate(input);
            var kept = memoised.Evaluate(input, memo);
            Assert.Equal(fresh, kept);
            Assert.Equal(fresh.Sentence, kept.Sentence);
        }
        // The same input twice gives the very same verdict.
        var again = new LayerInput(Sol, a, calm);
        Assert.Same(memoised.Evaluate(again, memo), memoised.Evaluate(again, memo));
    }

    [Fact]
    public void Holds_PriceCrossesALevel_DoesNotHold()
    {
        var memo = new LayerMemo();
        var layer = new L04Volume();
        memo.Start(100.0);
        memo.Level(90.0);
        memo.Level(110.0);
        memo.Level(105.0);
        memo.Keep(layer, 1, 2, 3, LayerVerdict.Abstain(LayerId.L04Volume, "x"));
        Assert.True(memo.Holds(layer, 1, 2, 3, 100.0));
        Assert.True(memo.Holds(layer, 1, 2, 3, 104.99));
        Assert.True(memo.Holds(layer, 1, 2, 3, 90.01));
        Assert.False(memo.Holds(layer, 1, 2, 3, 105.0));
        Assert.False(memo.Holds(layer, 1, 2, 3, 89.0));
        Assert.False(memo.Holds(layer, 1, 2, 4, 100.0));
        Assert.False(memo.Holds(new L04Volume(), 1, 2, 3, 100.0));
    }

    [Fact]
    public void Holds_PriceOnALevel_HoldsOnlyAtThatPrice()
    {
        var memo = new LayerMemo();
        var layer = new L04Volume();
        memo.Start(100.0);
        memo.Level(100.0);
        memo.Keep(layer, 0, 0, 0, LayerVerdict.Abstain(LayerId.L04Volume, "x"));
        Assert.True(memo.Holds(layer, 0, 0, 0, 100.0));
        Assert.False(memo.Holds(layer, 0, 0, 0, 100.01));
        Assert.False(memo.Holds(layer, 0, 0, 0, 99.99));
    }
}
