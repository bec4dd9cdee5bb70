namespace Qari.Model.Market;

/// <summary>A candle interval. Values are minutes, so they order and compare naturally.</summary>
public enum Timeframe
{
    /// <summary>1 minute.</summary>
    M1 = 1,
    /// <summary>5 minutes (position management).</summary>
    M5 = 5,
    /// <summary>15 minutes.</summary>
    M15 = 15,
    /// <summary>1 hour.</summary>
    H1 = 60,
    /// <summary>4 hours.</summary>
    H4 = 240,
    /// <summary>1 day (UTC).</summary>
    D1 = 1440,
}
