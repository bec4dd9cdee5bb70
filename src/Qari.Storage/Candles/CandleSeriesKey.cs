using Qari.Model.Ids;
using Qari.Model.Market;

namespace Qari.Storage.Candles;

/// <summary>Identifies one stored candle series: exchange, symbol and timeframe.</summary>
public readonly record struct CandleSeriesKey(ExchangeId Exchange, Symbol Symbol, Timeframe Timeframe)
{
    /// <summary>The folder name of the symbol in a store (<c>BTC-USDT</c>; a slash cannot appear in a file name).</summary>
    public string SymbolFolder => $"{Symbol.Base}-{Symbol.Quote}";

    /// <summary>The series' path relative to the store root: <c>binance/BTC-USDT/5m.qc</c>.</summary>
    public string RelativePath => Path.Combine(Exchange.Name(), SymbolFolder, Timeframe.Name() + CandleStore.Extension);

    /// <inheritdoc />
    public override string ToString() => $"{Exchange.Name()}:{Symbol}:{Timeframe.Name()}";
}
