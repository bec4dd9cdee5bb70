namespace Qari.Exchanges.Okx.Wire;

/// <summary>Row of <c>GET /api/v5/public/time</c>.</summary>
public sealed class OkxTime
{
    /// <summary>Server time in ms, as text.</summary>
    public string? Ts { get; init; }
}
