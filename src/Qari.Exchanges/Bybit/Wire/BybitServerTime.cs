namespace Qari.Exchanges.Bybit.Wire;

/// <summary>Result of <c>GET /v5/market/time</c>.</summary>
public sealed class BybitServerTime
{
    /// <summary>Seconds since the epoch, as text.</summary>
    public string? TimeSecond { get; init; }

    /// <summary>Nanoseconds since the epoch, as text.</summary>
    public string? TimeNano { get; init; }
}
