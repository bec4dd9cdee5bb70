using Qari.Analysis.Engine;
using Qari.Model.Ids;
using Qari.Model.Market;

namespace Qari.Analysis.Layers;

/// <summary>Everything a layer may read for one symbol at one closed candle.</summary>
/// <param name="Symbol">The pair.</param>
/// <param name="Analyzer">The symbol's incremental state, fed up to the moment analysed (nothing later).</param>
/// <param name="Market">Cycle-wide context (breadth, BTC, optional external readings).</param>
/// <param name="Book">Order-book snapshot, or null when none is available (L8 then abstains).</param>
/// <param name="PlannedQuoteSize">Quote-currency size of the planned entry, for L8's slippage check.</param>
public sealed record LayerInput(Symbol Symbol, SymbolAnalyzer Analyzer, MarketContext Market, OrderBook? Book = null, double PlannedQuoteSize = 1_000.0);
