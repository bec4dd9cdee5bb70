namespace Qari.Model.Orders;

/// <summary>The role an order plays in a trade; part of its deterministic client order id.</summary>
public enum OrderLeg
{
    /// <summary>Leg 1: the limit entry in the confluence zone.</summary>
    Entry1,
    /// <summary>Leg 2: the entry after a 15-minute change of character.</summary>
    Entry2,
    /// <summary>The protective stop resting on the exchange.</summary>
    Stop,
    /// <summary>Profit target 1 (40%).</summary>
    TakeProfit1,
    /// <summary>Profit target 2 (30%).</summary>
    TakeProfit2,
    /// <summary>A market exit (manual close, kill switch, or trail hit handled by Qari).</summary>
    Exit,
}
