namespace Qari.Model.Ids;

/// <summary>The exchange's own id of an order, as a string (exchanges use numbers, UUIDs or text).</summary>
public readonly record struct ExchangeOrderId(string Value)
{
    /// <inheritdoc />
    public override string ToString() => Value;
}
