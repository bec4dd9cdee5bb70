namespace Qari.Model.Ids;

/// <summary>A spot pair in Qari's one normal form, e.g. <c>BTC/USDT</c> (upper case, slash separated).</summary>
public readonly record struct Symbol
{
    /// <summary>Creates a symbol from its base and quote assets (upper-cased, validated).</summary>
    public Symbol(string baseAsset, string quoteAsset)
    {
        Base = Validate(baseAsset, nameof(baseAsset));
        Quote = Validate(quoteAsset, nameof(quoteAsset));
    }

    /// <summary>The asset bought or sold, e.g. BTC.</summary>
    public string Base { get; }

    /// <summary>The asset prices are quoted in, e.g. USDT.</summary>
    public string Quote { get; }

    /// <summary>Parses <c>BASE/QUOTE</c>; throws <see cref="FormatException"/> naming the bad text.</summary>
    public static Symbol Parse(string text)
    {
        if (!TryParse(text, out var symbol))
            throw new FormatException($"'{text}' is not a symbol of the form BASE/QUOTE, e.g. BTC/USDT.");
        return symbol;
    }

    /// <summary>Parses <c>BASE/QUOTE</c>; false when the text is not of that form.</summary>
    public static bool TryParse(string? text, out Symbol symbol)
    {
        symbol = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var parts = text.Trim().Split('/');
        if (parts.Length != 2 || !IsAsset(parts[0]) || !IsAsset(parts[1])) return false;
        symbol = new Symbol(parts[0], parts[1]);
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Base}/{Quote}";

    private static bool IsAsset(string s) => s.Length is > 0 and <= 20 && s.All(char.IsAsciiLetterOrDigit);

    private static string Validate(string asset, string name)
    {
        ArgumentNullException.ThrowIfNull(asset, name);
        if (!IsAsset(asset)) throw new ArgumentException($"'{asset}' is not an asset code (1-20 letters or digits).", name);
        return asset.ToUpperInvariant();
    }
}
