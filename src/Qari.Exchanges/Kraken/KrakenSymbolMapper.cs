using System.Collections.Concurrent;
using Qari.Model.Ids;

namespace Qari.Exchanges.Kraken;

/// <summary>
/// Kraken's several names for one market: requests use the altname (<c>XBTUSDT</c>), answers are keyed by the
/// pair id (<c>XXBTZUSD</c> for legacy pairs, the altname for newer ones), and the wsname is <c>XBT/USDT</c>.
/// Assets use Kraken codes: XBT (or XXBT) = BTC, XDG (XXDG) = DOGE, ZUSD = USD, XETH = ETH.
/// </summary>
public sealed class KrakenSymbolMapper
{
    private static readonly HashSet<string> Legacy = new(StringComparer.Ordinal)
    {
        "XXBT", "XETH", "XLTC", "XXRP", "XXLM", "XXMR", "XZEC", "XETC", "XREP", "XMLN", "XXDG", "ZUSD", "ZEUR", "ZGBP", "ZCAD", "ZJPY", "ZAUD",
    };

    private static readonly string[] KnownQuotes = ["USDT", "USDC", "ZUSD", "ZEUR", "USD", "EUR", "XXBT", "XBT", "XETH", "ETH"];
    private readonly ConcurrentDictionary<string, Symbol> _byName = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Symbol, string> _altnames = new();

    /// <summary>Kraken's asset code for a common one (BTC → XBT, DOGE → XDG).</summary>
    public static string ToKrakenAsset(string asset) => asset switch
    {
        "BTC" => "XBT",
        "DOGE" => "XDG",
        _ => asset,
    };

    /// <summary>The common code of a Kraken asset (XXBT/XBT → BTC, ZUSD → USD, XXDG → DOGE); null for earn/staked variants (".S", ".M", ".F", ".B").</summary>
    public static string? FromKrakenAsset(string code)
    {
        if (code.Contains('.', StringComparison.Ordinal)) return null;
        var plain = Legacy.Contains(code) ? code[1..] : code;
        return plain switch
        {
            "XBT" => "BTC",
            "XDG" => "DOGE",
            _ => plain,
        };
    }

    /// <summary>The request name (altname) of a symbol.</summary>
    public string ToExchange(Symbol symbol) =>
        _altnames.TryGetValue(symbol, out var alt) ? alt : ToKrakenAsset(symbol.Base) + ToKrakenAsset(symbol.Quote);

    /// <summary>Records a pair from AssetPairs under all its names.</summary>
    public void Learn(string pairId, string altname, string? wsname, Symbol symbol)
    {
        _byName[pairId] = symbol;
        _byName[altname] = symbol;
        if (wsname is not null) _byName[wsname] = symbol;
        _altnames[symbol] = altname;
    }

    /// <summary>Qari's symbol for any Kraken name of a pair; false when it cannot be split.</summary>
    public bool TryFromExchange(string name, out Symbol symbol)
    {
        if (_byName.TryGetValue(name, out symbol)) return true;
        var slash = name.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0 && FromKrakenAsset(name[..slash]) is { } b && FromKrakenAsset(name[(slash + 1)..]) is { } q)
        {
            symbol = new Symbol(b, q);
            return true;
        }
        foreach (var quote in KnownQuotes)
        {
            if (name.Length > quote.Length && name.EndsWith(quote, StringComparison.Ordinal) &&
                FromKrakenAsset(name[..^quote.Length]) is { } baseAsset && FromKrakenAsset(quote) is { } quoteAsset)
            {
                symbol = new Symbol(baseAsset, quoteAsset);
                return true;
            }
        }
        symbol = default;
        return false;
    }
}
