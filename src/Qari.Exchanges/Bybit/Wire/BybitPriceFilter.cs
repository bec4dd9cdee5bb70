namespace Qari.Exchanges.Bybit.Wire;

/// <summary>Spot price rules.</summary>
public sealed class BybitPriceFilter
{
    /// <summary>Price tick.</summary>
    public string? TickSize { get; init; }
}
