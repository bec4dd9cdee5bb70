using Qari.Analysis.Engine;
using Qari.Analysis.Layers;
using Qari.Model.Ids;

namespace Qari.Analysis.Tests.Engine;

/// <summary>
/// A context-only analyser keeps just what the cycle's market context reads; fed the same candles it must give the
/// very same context as a full analyser at every 5m close, and the layers must refuse to read it.
/// </summary>
public sealed class ContextOnlyAnalyzerTests
{
    private static readonly Symbol Btc = new("BTC", "USDT");

    [Fact]
    public void Context_AtEvery5mClose_EqualsThatOfAFullAnalyser()
    {
        var (m5, h1, h4, d1) = (NoLookAheadTests.Load("5m"), NoLookAheadTests.Load("1h"), NoLookAheadTests.Load("4h"), NoLookAheadTests.Load("1d"));
        var full = new CandleTape(new SymbolAnalyzer(), m5, h1, h4, d1);
        var lite = new CandleTape(SymbolAnalyzer.ContextOnly(), m5, h1, h4, d1);
        var compared = 0;
        var bullishOrBearish = 0;
        foreach (var bar in m5)
        {
            var at = bar.OpenTimeMs + 300_000;
            Assert.True(full.AdvanceTo(at).IsSuccess);
            Assert.True(lite.AdvanceTo(at).IsSuccess);
            SymbolAnalyzer a = full.Analyzer, b = lite.Analyzer;
            Assert.Equal(a.Price, b.Price);
            Assert.Equal(a.TimeMs, b.TimeMs);
            Assert.Equal(a.Drop60m, b.Drop60m);
            Assert.Equal(a.H4.Ema50!.Value, b.H4.Ema50!.Value);
            Assert.Equal(a.H1.CloseAgo(24), b.H1.CloseAgo(24));
            Assert.Equal(a.D1.Structure.Trend, b.D1.Structure.Trend);
            var expected = new AnalysisCycle().Context([new(Btc, a)], at);
            Assert.Equal(expected, new AnalysisCycle().Context([new(Btc, b)], at));
            if (expected.Btc is { Trend4h: not Qari.Analysis.Structure.Trend.Range }) bullishOrBearish++;
            compared++;
        }
        // The fixture covers enough history for the context to be more than "not ready".
        Assert.True(compared > 1_000, $"{compared} closes");
        Assert.True(bullishOrBearish > 0);
        Assert.NotNull(new AnalysisCycle().Context([new(Btc, lite.Analyzer)], lite.EndMs).Breadth);
    }

    [Fact]
    public void Evaluate_ContextOnlyAnalyser_RefusesNamingTheSymbol()
    {
        var analyzer = SymbolAnalyzer.ContextOnly();
        Assert.True(analyzer.IsContextOnly);
        Assert.False(new SymbolAnalyzer().IsContextOnly);
        var thrown = Assert.Throws<ArgumentException>(() => new AnalysisCycle().Evaluate(Btc, analyzer, new MarketContext()));
        Assert.StartsWith("BTC/USDT: a context-only analyser", thrown.Message, StringComparison.Ordinal);
    }
}
