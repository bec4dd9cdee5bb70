using Qari.Model.Ids;

namespace Qari.Exchanges.Coinbase;

/// <summary>BTC/USD ↔ BTC-USD (Coinbase product ids).</summary>
public static class CoinbaseSymbolMapper
{
    /// <summary>The product id.</summary>
    public static string ToExchange(Symbol symbol) => symbol.Base + "-" + symbol.Quote;

    /// <summary>Qari's symbol for a product id; false when it is not BASE-QUOTE.</summary>
    public static bool TryFromExchange(string productId, out Symbol symbol)
    {
        var dash = productId.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0 && dash < productId.Length - 1 && productId.IndexOf('-', dash + 1) < 0)
        {
            symbol = new Symbol(productId[..dash], productId[(dash + 1)..]);
            return true;
        }
        symbol = default;
        return false;
    }
}
