namespace Qari.Model.Ids;

/// <summary>Parsing and printing of exchange names as users type them (lower case).</summary>
public static class ExchangeIds
{
    /// <summary>All eight exchanges in a fixed order.</summary>
    public static IReadOnlyList<ExchangeId> All { get; } = Enum.GetValues<ExchangeId>();

    /// <summary>The lower-case name used in configuration and on the command line.</summary>
    public static string Name(this ExchangeId id) => id switch
    {
        ExchangeId.Binance => "binance",
        ExchangeId.Bybit => "bybit",
        ExchangeId.Okx => "okx",
        ExchangeId.Kucoin => "kucoin",
        ExchangeId.Gate => "gate",
        ExchangeId.Bitget => "bitget",
        ExchangeId.Kraken => "kraken",
        ExchangeId.Coinbase => "coinbase",
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, "Unknown exchange."),
    };

    /// <summary>Parses a name such as "bybit" (case-insensitive); false when it names no supported exchange.</summary>
    public static bool TryParse(string? text, out ExchangeId id)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Name(), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                id = candidate;
                return true;
            }
        }
        id = default;
        return false;
    }
}
