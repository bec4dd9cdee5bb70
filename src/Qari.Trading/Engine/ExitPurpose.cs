namespace Qari.Trading.Engine;

/// <summary>Why a sell procedure runs.</summary>
public enum ExitPurpose
{
    /// <summary>Take-profit 1 (40% of the entered quantity).</summary>
    TakeProfit1,
    /// <summary>Take-profit 2 (30% of the entered quantity).</summary>
    TakeProfit2,
    /// <summary>Close everything at market (manual kill switch with close).</summary>
    Close,
}
