using Qari.Model.Orders;

namespace Qari.Model.Ids;

/// <summary>
/// Qari's own id for an order, derived only from the trade, the leg and a sequence number, so a retry after a
/// lost response names the same order and can never create a second one. The canonical form is short and
/// alphanumeric (<c>q</c> + trade in base 36 + leg letter + sequence in base 36, at most 18 characters), which
/// fits every exchange's rule; adapters map it further where an exchange wants a UUID.
/// </summary>
public readonly record struct ClientOrderId
{
    private const string Digits = "0123456789abcdefghijklmnopqrstuvwxyz";
    private const int MaxLength = 18;

    private ClientOrderId(string value) => Value = value;

    /// <summary>The canonical text.</summary>
    public string Value { get; }

    /// <summary>Derives the id of <paramref name="leg"/> of <paramref name="trade"/>, attempt/version <paramref name="sequence"/> (0-based).</summary>
    public static ClientOrderId Create(TradeId trade, OrderLeg leg, int sequence)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sequence);
        var text = "q" + ToBase36(trade.Value) + LegLetter(leg) + ToBase36(sequence);
        if (text.Length > MaxLength)
            throw new ArgumentOutOfRangeException(nameof(trade), "Trade id and sequence too large for a client order id.");
        return new ClientOrderId(text);
    }

    /// <summary>Recovers trade, leg and sequence from a canonical id; false for ids Qari did not create.</summary>
    public static bool TryParse(string? text, out ClientOrderId id, out TradeId trade, out OrderLeg leg, out int sequence)
    {
        id = default; trade = default; leg = default; sequence = 0;
        if (text is null || text.Length is < 4 or > MaxLength || text[0] != 'q') return false;
        var legIndex = text.IndexOfAny(['E', 'F', 'S', 'P', 'T', 'X'], 1);
        if (legIndex < 2 || legIndex == text.Length - 1) return false;
        if (!TryFromBase36(text.AsSpan(1, legIndex - 1), out var tradeValue) || tradeValue <= 0) return false;
        if (!TryFromBase36(text.AsSpan(legIndex + 1), out var seq) || seq > int.MaxValue) return false;
        leg = text[legIndex] switch
        {
            'E' => OrderLeg.Entry1,
            'F' => OrderLeg.Entry2,
            'S' => OrderLeg.Stop,
            'P' => OrderLeg.TakeProfit1,
            'T' => OrderLeg.TakeProfit2,
            _ => OrderLeg.Exit,
        };
        trade = new TradeId(tradeValue);
        sequence = (int)seq;
        id = new ClientOrderId(text);
        // Only the exact canonical spelling counts (no leading zeros etc.).
        return Create(trade, leg, sequence).Value == text;
    }

    /// <summary>Wraps a client id seen on the exchange as-is (e.g. an order Qari did not place).</summary>
    public static ClientOrderId Foreign(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        return new ClientOrderId(text);
    }

    /// <inheritdoc />
    public override string ToString() => Value;

    private static char LegLetter(OrderLeg leg) => leg switch
    {
        OrderLeg.Entry1 => 'E',
        OrderLeg.Entry2 => 'F',
        OrderLeg.Stop => 'S',
        OrderLeg.TakeProfit1 => 'P',
        OrderLeg.TakeProfit2 => 'T',
        OrderLeg.Exit => 'X',
        _ => throw new ArgumentOutOfRangeException(nameof(leg), leg, "Unknown order leg."),
    };

    private static string ToBase36(long value)
    {
        if (value == 0) return "0";
        Span<char> buffer = stackalloc char[14];
        var pos = buffer.Length;
        while (value > 0)
        {
            buffer[--pos] = Digits[(int)(value % 36)];
            value /= 36;
        }
        return new string(buffer[pos..]);
    }

    private static bool TryFromBase36(ReadOnlySpan<char> text, out long value)
    {
        value = 0;
        if (text.IsEmpty || text.Length > 13) return false;
        foreach (var c in text)
        {
            var digit = Digits.IndexOf(c, StringComparison.Ordinal);
            if (digit < 0) return false;
            if (value > (long.MaxValue - digit) / 36) return false;
            value = value * 36 + digit;
        }
        return true;
    }
}
