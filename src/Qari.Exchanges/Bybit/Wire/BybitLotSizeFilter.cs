namespace Qari.Exchanges.Bybit.Wire;

/// <summary>Spot quantity rules: <c>basePrecision</c> is the quantity step, <c>minOrderAmt</c> the minimum notional.</summary>
public sealed class BybitLotSizeFilter
{
    /// <summary>Quantity step in base.</summary>
    public string? BasePrecision { get; init; }

    /// <summary>Amount step in quote.</summary>
    public string? QuotePrecision { get; init; }

    /// <summary>Minimum quantity (deprecated for spot but still sent).</summary>
    public string? MinOrderQty { get; init; }

    /// <summary>Maximum quantity.</summary>
    public string? MaxOrderQty { get; init; }

    /// <summary>Minimum order value in quote.</summary>
    public string? MinOrderAmt { get; init; }

    /// <summary>Maximum order value in quote.</summary>
    public string? MaxOrderAmt { get; init; }
}
