namespace Qari.Model.Ids;

/// <summary>A tradable pair on one exchange.</summary>
public readonly record struct InstrumentId(ExchangeId Exchange, Symbol Symbol)
{
    /// <inheritdoc />
    public override string ToString() => $"{Exchange.Name()}:{Symbol}";
}
