using Qari.Analysis.Engine;
using Qari.Analysis.Layers;
using Qari.Analysis.Series;
using Qari.Model.Ids;
using Qari.Model.Market;

namespace Qari.Analysis.Tests.Layers;

/// <summary>Hand-built price paths: straight legs between pivots, fed into a <see cref="SymbolAnalyzer"/>.</summary>
internal static class Synthetic
{
    /// <summary>Monday 2024-01-01 00:00 UTC.</summary>
    public const long Start = 1_704_067_200_000;

    public static readonly Symbol Coin = new("COIN", "USDT");

    /// <summary>Bars walking straight between the pivots, <paramref name="perLeg"/> bars per leg, ending at <paramref name="endMs"/>.</summary>
    public static Bar[] Path(Timeframe tf, long endMs, int perLeg, params double[] pivots)
    {
        var bars = new List<Bar>();
        for (var leg = 0; leg + 1 < pivots.Length; leg++)
        {
            for (var i = 0; i < perLeg; i++)
            {
                var open = pivots[leg] + ((pivots[leg + 1] - pivots[leg]) * i / perLeg);
                var close = pivots[leg] + ((pivots[leg + 1] - pivots[leg]) * (i + 1) / perLeg);
                var pad = Math.Abs(pivots[leg + 1] - pivots[leg]) / perLeg * 0.2;
                bars.Add(new Bar(0, open, Math.Max(open, close) + pad, Math.Min(open, close) - pad, close, 100));
            }
        }
        var step = tf.Milliseconds();
        var first = endMs - (bars.Count * step);
        return [.. bars.Select((b, i) => b with { OpenTimeMs = first + (i * step) })];
    }

    /// <summary>Repeating higher highs and higher lows from <paramref name="from"/>, <paramref name="legs"/> legs.</summary>
    public static double[] Up(double from, int legs) =>
        [.. Enumerable.Range(0, legs + 1).Select(i => from + (i / 2 * 10.0) + (i % 2 == 1 ? 20.0 : 0.0))];

    /// <summary>Repeating lower highs and lower lows.</summary>
    public static double[] Down(double from, int legs) =>
        [.. Enumerable.Range(0, legs + 1).Select(i => from - (i / 2 * 10.0) - (i % 2 == 1 ? 20.0 : 0.0))];

    /// <summary>An analyzer warmed up with the given per-timeframe paths (any may be empty), in close-time order.</summary>
    public static SymbolAnalyzer Analyzer(Bar[]? d1 = null, Bar[]? h4 = null, Bar[]? h1 = null, Bar[]? m5 = null)
    {
        var analyzer = new SymbolAnalyzer();
        var tape = new CandleTape(analyzer, m5 ?? [], h1, h4, d1);
        Assert.True(tape.AdvanceTo(long.MaxValue).IsSuccess);
        return analyzer;
    }

    public static LayerVerdict Run(ILayer layer, SymbolAnalyzer analyzer, MarketContext? market = null, OrderBook? book = null) =>
        layer.Evaluate(new LayerInput(Coin, analyzer, market ?? MarketContext.Empty, book));
}
