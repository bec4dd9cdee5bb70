namespace Qari.Model.Instruments;

/// <summary>Whether an instrument can be traded now.</summary>
public enum TradingStatus
{
    /// <summary>Open for trading.</summary>
    Trading,
    /// <summary>Halted or suspended by the exchange.</summary>
    Halted,
    /// <summary>In a maintenance window or not yet/no longer listed for trading.</summary>
    Maintenance,
}
