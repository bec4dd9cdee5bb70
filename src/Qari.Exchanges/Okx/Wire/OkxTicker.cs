namespace Qari.Exchanges.Okx.Wire;

/// <summary>Row of <c>GET /api/v5/market/tickers?instType=SPOT</c>.</summary>
public sealed class OkxTicker
{
    /// <summary>Instrument id.</summary>
    public string? InstId { get; init; }

    /// <summary>Last price.</summary>
    public string? Last { get; init; }

    /// <summary>Best ask.</summary>
    public string? AskPx { get; init; }

    /// <summary>Best bid.</summary>
    public string? BidPx { get; init; }

    /// <summary>24h volume in base (SPOT).</summary>
    public string? Vol24h { get; init; }

    /// <summary>24h volume in quote (SPOT).</summary>
    public string? VolCcy24h { get; init; }

    /// <summary>Time in ms, as text.</summary>
    public string? Ts { get; init; }
}
