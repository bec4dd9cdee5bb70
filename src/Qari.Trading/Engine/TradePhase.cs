namespace Qari.Trading.Engine;

/// <summary>Where a trade stands in its entry procedure.</summary>
public enum TradePhase
{
    /// <summary>Leg 1's limit order is working.</summary>
    Entering,
    /// <summary>Leg 1 is done; leg 2 waits for a 15-minute change of character (capital reserved).</summary>
    AwaitingLeg2,
    /// <summary>Leg 2's order is working.</summary>
    Leg2Working,
    /// <summary>No more entries; the position is managed to its exits.</summary>
    Holding,
    /// <summary>Nothing held and nothing working.</summary>
    Closed,
}
