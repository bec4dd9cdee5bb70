namespace Qari.Model.Ids;

/// <summary>One trade (a position from first entry to last exit); positive, assigned in order per account.</summary>
public readonly record struct TradeId
{
    /// <summary>Creates a trade id; it must be positive.</summary>
    public TradeId(long value)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
        Value = value;
    }

    /// <summary>The number.</summary>
    public long Value { get; }

    /// <inheritdoc />
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
