using Qari.Model.Market;

namespace Qari.Analysis.Engine;

/// <summary>One structure event of a symbol, produced once when the candle that confirms it closes.</summary>
/// <param name="Sequence">Position in the symbol's signal stream (0, 1, 2, …): a reader that remembers the next sequence sees each signal once.</param>
/// <param name="Kind">Bullish 15m CHoCH or higher low.</param>
/// <param name="Timeframe">The chart it happened on (15m for a CHoCH; 15m or 1h for a higher low).</param>
/// <param name="Price">The broken swing high (CHoCH) or the higher low's price.</param>
/// <param name="TimeMs">Close time (Unix ms) of the candle that confirmed it.</param>
public readonly record struct StructureSignal(long Sequence, StructureSignalKind Kind, Timeframe Timeframe, double Price, long TimeMs);
