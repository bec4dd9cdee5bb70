using Qari.Analysis.Series;
using Qari.Model.Ids;
using Qari.Model.Instruments;
using Qari.Model.Market;

namespace Qari.Backtest.Replay;

/// <summary>
/// One symbol's replay input: the 5m candles in time order, higher-timeframe warm-up candles (1h/4h/1d, only those
/// closed by the time the 5m stream starts, applied before it), and the instrument rules orders are rounded to.
/// </summary>
public sealed record SymbolData(
    Symbol Symbol,
    IReadOnlyList<Candle> Candles5m,
    IReadOnlyList<(Timeframe Timeframe, Bar Bar)> WarmUp,
    InstrumentRules Rules);
