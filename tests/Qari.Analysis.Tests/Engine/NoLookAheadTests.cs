using System.IO.Compression;
using Qari.Analysis.Confluence;
using Qari.Analysis.Engine;
using Qari.Analysis.Layers;
using Qari.Analysis.Series;
using Qari.Model.Ids;
using Qari.Model.Market;

namespace Qari.Analysis.Tests.Engine;

/// <summary>
/// Verdicts at a moment T must depend only on candles closed by T: a run fed the full history and read at T equals
/// a fresh run fed only the history truncated at T.
/// </summary>
public sealed class NoLookAheadTests
{
    private static readonly Symbol Sol = new("SOL", "USDT");

    internal static Bar[] Load(string tf)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "layers", $"binance_SOLUSDT_{tf}.csv.gz");
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        var read = CandleCsv.Read(reader, path);
        Assert.True(read.IsSuccess, read.Error?.Message);
        return [.. read.Value.Select(c => Bar.From(c))];
    }

    private static Bar[] Until(Bar[] bars, Timeframe tf, long atMs) => [.. bars.Where(b => b.OpenTimeMs + tf.Milliseconds() <= atMs)];

    private static (LayerVerdict[] Verdicts, Candidate Candidate) Read(SymbolAnalyzer analyzer)
    {
        var symbols = new[] { new KeyValuePair<Symbol, SymbolAnalyzer>(Sol, analyzer) };
        var context = new MarketContext(Breadth: new MarketBreadth(5, 0.5, 0.5), Btc: AnalysisCycle.Btc([new(new Symbol("BTC", "USDT"), analyzer)]));
        var verdicts = new LayerSet().Evaluate(new LayerInput(Sol, analyzer, context));
        return (verdicts, new AnalysisCycle().Run(symbols, context)[0]);
    }

    [Fact]
    public void Verdicts_AtManyMoments_EqualThoseOfARunOnHistoryTruncatedThere()
    {
        Bar[] m5 = Load("5m"), h1 = Load("1h"), h4 = Load("4h"), d1 = Load("1d");
        var full = new CandleTape(new SymbolAnalyzer(), m5, h1, h4, d1);
        var first5m = m5[0].OpenTimeMs;
        // Moments during the warm-up (before the 5m stream) and across the 5m stream, at odd offsets.
        var moments = new List<long> { first5m - (50 * 3_600_000L), first5m - (4 * 3_600_000L), first5m };
        for (var i = 7; i < m5.Length; i += 53) moments.Add(m5[i].OpenTimeMs + 300_000);
        moments.Add(m5[^1].OpenTimeMs + 300_000);
        var compared = 0;
        foreach (var at in moments)
        {
            Assert.True(full.AdvanceTo(at).IsSuccess);
            var expected = Read(full.Analyzer);

            var truncated = new CandleTape(new SymbolAnalyzer(), Until(m5, Timeframe.M5, at), Until(h1, Timeframe.H1, at), Until(h4, Timeframe.H4, at), Until(d1, Timeframe.D1, at));
            Assert.True(truncated.AdvanceTo(at).IsSuccess);
            var actual = Read(truncated.Analyzer);

            Assert.Equal(full.Analyzer.TimeMs, truncated.Analyzer.TimeMs);
            Assert.Equal(expected.Verdicts, actual.Verdicts);
            Assert.Equal(expected.Candidate.Explanation, actual.Candidate.Explanation);
            Assert.Equal(expected.Candidate.Score, actual.Candidate.Score);
            compared++;
        }
        Assert.True(compared > 20);
        // The comparison is only meaningful when the layers actually vote on this data.
        Assert.Contains(Read(full.Analyzer).Verdicts, v => v.Vote is Vote.Bullish or Vote.Bearish);
        Assert.Equal(Vote.Abstain, Read(full.Analyzer).Verdicts[(int)LayerId.L08OrderBook - 1].Vote);
    }

    [Fact]
    public void Add_5mCandleOutOfOrder_IsRefusedWithoutChangingState()
    {
        var analyzer = new SymbolAnalyzer();
        var m5 = Load("5m");
        Assert.True(analyzer.Add(m5[1]).IsSuccess);
        var refused = analyzer.Add(m5[0]);
        Assert.False(refused.IsSuccess);
        Assert.Equal(1, analyzer.Count5m);
        Assert.Equal(m5[1].Close, analyzer.Price);
    }

    [Fact]
    public void AddHistory_After5mStreamStarted_IsRefused()
    {
        var analyzer = new SymbolAnalyzer();
        var m5 = Load("5m");
        Assert.True(analyzer.Add(m5[0]).IsSuccess);
        Assert.False(analyzer.AddHistory(Timeframe.H1, Load("1h")[^1]).IsSuccess);
    }

    [Fact]
    public void Add_Full5mStream_BuildsHigherTimeframesOnUtcBoundaries()
    {
        var analyzer = new SymbolAnalyzer();
        var m5 = Load("5m");
        foreach (var b in m5) Assert.True(analyzer.Add(b).IsSuccess);
        Assert.Equal(m5.Length / 3, analyzer.M15.Count);
        Assert.Equal(m5.Length / 12, analyzer.H1.Count);
        Assert.Equal(m5.Length / 288, analyzer.D1.Count);
        Assert.Equal(0, analyzer.D1.Last.OpenTimeMs % 86_400_000);
    }
}
