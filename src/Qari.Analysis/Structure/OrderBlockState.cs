namespace Qari.Analysis.Structure;

/// <summary>Lifecycle of an order block; it only moves forward.</summary>
public enum OrderBlockState
{
    /// <summary>Created by a BOS/CHoCH and not yet revisited.</summary>
    Active,
    /// <summary>Price came back into the zone without closing through it.</summary>
    Mitigated,
    /// <summary>A candle closed through the far side of the zone: the block failed.</summary>
    Negated,
    /// <summary>A failed block confirmed by a break of structure the other way: it now acts with the opposite role.</summary>
    Breaker,
}
