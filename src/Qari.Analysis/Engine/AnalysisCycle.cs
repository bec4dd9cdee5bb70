using Qari.Analysis.Confluence;
using Qari.Analysis.Layers;
using Qari.Model.Ids;
using Qari.Model.Market;

namespace Qari.Analysis.Engine;

/// <summary>
/// One scan cycle over analysers already fed up to the same moment: breadth over the universe, the BTC context,
/// every symbol's 11 verdicts, confluence, and the ranked list. Pure; optional external readings come in through
/// the sources (none by default) and order books through <paramref name="books"/>.
/// </summary>
public sealed class AnalysisCycle(
    LayerSet? layers = null,
    ConfluenceScorer? scorer = null,
    IFearGreedSource? fearGreed = null,
    IBtcDominanceSource? dominance = null)
{
    private static readonly string[] BtcQuotes = ["USDT", "USD", "USDC"];
    private readonly LayerSet _layers = layers ?? new LayerSet();
    private readonly ConfluenceScorer _scorer = scorer ?? new ConfluenceScorer();

    /// <summary>Runs the cycle and returns the candidates ranked (passing first, then by score, then by symbol).</summary>
    public IReadOnlyList<Candidate> Run(IReadOnlyList<KeyValuePair<Symbol, SymbolAnalyzer>> symbols,
        Func<Symbol, OrderBook?>? books = null, double plannedQuoteSize = 1_000.0)
    {
        ArgumentNullException.ThrowIfNull(symbols);
        var atMs = long.MinValue;
        for (var i = 0; i < symbols.Count; i++) atMs = Math.Max(atMs, symbols[i].Value.TimeMs);
        return Run(symbols, Context(symbols, atMs), books, plannedQuoteSize);
    }

    /// <summary>Runs the cycle with a context built by the caller (e.g. BTC analysed but not itself a candidate).</summary>
    public IReadOnlyList<Candidate> Run(IReadOnlyList<KeyValuePair<Symbol, SymbolAnalyzer>> symbols, MarketContext context,
        Func<Symbol, OrderBook?>? books = null, double plannedQuoteSize = 1_000.0)
    {
        ArgumentNullException.ThrowIfNull(symbols);
        ArgumentNullException.ThrowIfNull(context);
        var candidates = new Candidate[symbols.Count];
        for (var i = 0; i < symbols.Count; i++)
        {
            var (symbol, analyzer) = symbols[i];
            candidates[i] = Evaluate(symbol, analyzer, context, books?.Invoke(symbol), plannedQuoteSize);
        }
        return ConfluenceScorer.Rank(candidates);
    }

    /// <summary>
    /// One symbol's 11 verdicts and confluence in <paramref name="context"/>, unranked. It only reads the analyser and
    /// the stateless layers and scorer, so callers may evaluate different symbols of one cycle on different threads.
    /// </summary>
    public Candidate Evaluate(Symbol symbol, SymbolAnalyzer analyzer, MarketContext context, OrderBook? book = null, double plannedQuoteSize = 1_000.0)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(context);
        if (analyzer.IsContextOnly) throw new ArgumentException($"{symbol}: a context-only analyser keeps too little for the layers to score", nameof(analyzer));
        var verdicts = _layers.Evaluate(new LayerInput(symbol, analyzer, context, book, plannedQuoteSize));
        return _scorer.Score(symbol, analyzer.TimeMs, analyzer.Price, verdicts, analyzer.Liquidation.IsFlagged, analyzer.Plans);
    }

    /// <summary>The cycle-wide context: breadth, BTC, and the optional external readings at <paramref name="atMs"/>.</summary>
    public MarketContext Context(IReadOnlyList<KeyValuePair<Symbol, SymbolAnalyzer>> symbols, long atMs)
    {
        ArgumentNullException.ThrowIfNull(symbols);
        return new MarketContext(Breadth(symbols), fearGreed?.ReadingAt(atMs), Btc(symbols), dominance?.ReadingAt(atMs));
    }

    /// <summary>Breadth over the analysers whose 4h EMA50 is ready.</summary>
    public static MarketBreadth? Breadth(IReadOnlyList<KeyValuePair<Symbol, SymbolAnalyzer>> symbols)
    {
        int pairs = 0, above = 0, bullish = 0, bearish = 0;
        for (var i = 0; i < symbols.Count; i++)
        {
            var a = symbols[i].Value;
            if (a.H4.Ema50 is not { IsReady: true } ema) continue;
            pairs++;
            if (a.Price > ema.Value) above++;
            if (a.H4.Structure.Trend == Structure.Trend.Bullish) bullish++;
            else if (a.H4.Structure.Trend == Structure.Trend.Bearish) bearish++;
        }
        return pairs == 0 ? null : new MarketBreadth(pairs, (double)above / pairs, (double)bullish / pairs, (double)bearish / pairs);
    }

    /// <summary>BTC's context from its analyser (BTC against USDT, else USD or USDC), or null when BTC is not scanned.</summary>
    public static BtcContext? Btc(IReadOnlyList<KeyValuePair<Symbol, SymbolAnalyzer>> symbols)
    {
        foreach (var quote in BtcQuotes)
        {
            for (var i = 0; i < symbols.Count; i++)
            {
                var (symbol, a) = symbols[i];
                if (symbol.Base != "BTC" || symbol.Quote != quote || a.H4.Count == 0) continue;
                var h = a.H1;
                var r24 = h.Count > 24 ? (h.Last.Close / h.CloseAgo(24)) - 1.0 : double.NaN;
                return new BtcContext(a.H4.Structure.Trend, a.D1.Structure.Trend, a.Drop60m, r24, a.Price);
            }
        }
        return null;
    }
}
