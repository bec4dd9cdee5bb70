namespace Qari.Model.Orders;

/// <summary>Buy or sell. Spot only: a sell never exceeds the coins held.</summary>
public enum OrderSide
{
    /// <summary>Buy the base asset.</summary>
    Buy,
    /// <summary>Sell the base asset.</summary>
    Sell,
}
