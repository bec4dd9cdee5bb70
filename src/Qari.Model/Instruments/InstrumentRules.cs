namespace Qari.Model.Instruments;

/// <summary>
/// An instrument's order rules as decimal step sizes (exchanges that publish decimal counts are converted
/// by their parser): price tick, quantity step, minimum quantity and minimum notional (quote value).
/// </summary>
public sealed record InstrumentRules(decimal TickSize, decimal LotStep, decimal MinQuantity, decimal MinNotional, decimal? MaxQuantity = null)
{
    /// <summary>Rounds a price down to the tick (for buy limits and stop triggers that must not be higher).</summary>
    public decimal FloorPrice(decimal price) => FloorToStep(price, TickSize);

    /// <summary>Rounds a price up to the tick.</summary>
    public decimal CeilPrice(decimal price) => CeilToStep(price, TickSize);

    /// <summary>Rounds a quantity down to the lot step (never buy or sell more than intended).</summary>
    public decimal FloorQuantity(decimal quantity) => FloorToStep(quantity, LotStep);

    /// <summary>True when the price is a whole number of ticks.</summary>
    public bool IsOnTick(decimal price) => TickSize <= 0 || price % TickSize == 0;

    /// <summary>True when the quantity is a whole number of lot steps.</summary>
    public bool IsOnLot(decimal quantity) => LotStep <= 0 || quantity % LotStep == 0;

    /// <summary>Why an order of <paramref name="quantity"/> at <paramref name="price"/> breaks the rules, or null if it does not.</summary>
    public string? Violation(decimal quantity, decimal price)
    {
        if (quantity <= 0) return "quantity must be positive";
        if (!IsOnLot(quantity)) return $"quantity {quantity} is not a multiple of the lot step {LotStep}";
        if (price <= 0) return "price must be positive";
        if (!IsOnTick(price)) return $"price {price} is not a multiple of the tick size {TickSize}";
        if (quantity < MinQuantity) return $"quantity {quantity} is below the minimum {MinQuantity}";
        if (MaxQuantity is { } max && quantity > max) return $"quantity {quantity} is above the maximum {max}";
        if (quantity * price < MinNotional) return $"order value {quantity * price} is below the minimum notional {MinNotional}";
        return null;
    }

    /// <summary>Rounds down to a multiple of <paramref name="step"/> (no rounding when step ≤ 0).</summary>
    public static decimal FloorToStep(decimal value, decimal step) =>
        step <= 0 ? value : Math.Floor(value / step) * step;

    /// <summary>Rounds up to a multiple of <paramref name="step"/> (no rounding when step ≤ 0).</summary>
    public static decimal CeilToStep(decimal value, decimal step) =>
        step <= 0 ? value : Math.Ceiling(value / step) * step;
}
