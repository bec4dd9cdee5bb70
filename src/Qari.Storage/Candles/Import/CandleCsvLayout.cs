namespace Qari.Storage.Candles.Import;

/// <summary>The CSV layouts the importer reads.</summary>
public enum CandleCsvLayout
{
    /// <summary>Qari's (and the shared data set's) layout: header <c>open_time_ms,open,high,low,close,volume</c>.</summary>
    Qari,
    /// <summary>
    /// Binance's public kline dumps: <c>open_time,open,high,low,close,volume,close_time,quote_volume,trades,
    /// taker_buy_base,taker_buy_quote,ignore</c>, header optional, times in milliseconds or (from 2025) microseconds.
    /// </summary>
    BinanceKline,
}
