using Qari.Model.Ids;
using Qari.Model.Market;

namespace Qari.Storage.Candles.Import;

/// <summary>
/// Reads exchange, symbol and timeframe from the usual candle file names: <c>binance_BTCUSDT_5m.csv.gz</c> (Qari and
/// the shared data set) and <c>BTCUSDT-5m-2024-01.csv</c> / <c>.zip</c> (Binance's public dumps).
/// </summary>
public static class SeriesFileName
{
    // Longest first, so FDUSD wins over USD and USDT over USD.
    private static readonly string[] Quotes = ["FDUSD", "USDT", "USDC", "BUSD", "TUSD", "EUR", "USD", "TRY", "BTC", "ETH", "BNB"];

    /// <summary>What the name says; each part is null when the name does not say it.</summary>
    public static (ExchangeId? Exchange, Symbol? Symbol, Timeframe? Timeframe) Parse(string path)
    {
        var name = Path.GetFileName(path);
        foreach (var ext in new[] { ".csv.gz", ".csv", ".zip", ".gz" })
        {
            if (name.EndsWith(ext, StringComparison.OrdinalIgnoreCase))
            {
                name = name[..^ext.Length];
                break;
            }
        }
        var parts = name.Split('_', '-');
        ExchangeId? exchange = null;
        Symbol? symbol = null;
        Timeframe? timeframe = null;
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (exchange is null && ExchangeIds.TryParse(part, out var e)) exchange = e;
            else if (timeframe is null && Timeframes.TryParse(part, out var tf)) timeframe = tf;
            else if (symbol is null && TrySplitPair(part, out var s)) symbol = s;
            else if (symbol is null && i + 1 < parts.Length && Symbol.TryParse($"{part}/{parts[i + 1]}", out var pair) && IsQuote(parts[i + 1]))
            {
                symbol = pair;
                i++;
            }
        }
        return (exchange, symbol, timeframe);
    }

    /// <summary>Splits an exchange-style pair such as <c>BTCUSDT</c> at a known quote asset.</summary>
    public static bool TrySplitPair(string text, out Symbol symbol)
    {
        symbol = default;
        if (string.IsNullOrEmpty(text) || !text.All(char.IsAsciiLetterOrDigit)) return false;
        var upper = text.ToUpperInvariant();
        foreach (var quote in Quotes)
        {
            if (upper.Length > quote.Length && upper.EndsWith(quote, StringComparison.Ordinal))
            {
                symbol = new Symbol(upper[..^quote.Length], quote);
                return true;
            }
        }
        return false;
    }

    private static bool IsQuote(string text) => Quotes.Contains(text.ToUpperInvariant());
}
