namespace Qari.Exchanges.Bybit.Wire;

/// <summary>One spot row of <c>GET /v5/market/tickers?category=spot</c>.</summary>
public sealed class BybitTicker
{
    /// <summary>Exchange symbol.</summary>
    public string? Symbol { get; init; }

    /// <summary>Best bid.</summary>
    public string? Bid1Price { get; init; }

    /// <summary>Best bid size.</summary>
    public string? Bid1Size { get; init; }

    /// <summary>Best ask.</summary>
    public string? Ask1Price { get; init; }

    /// <summary>Best ask size.</summary>
    public string? Ask1Size { get; init; }

    /// <summary>Last traded price.</summary>
    public string? LastPrice { get; init; }

    /// <summary>24h volume in base.</summary>
    public string? Volume24h { get; init; }

    /// <summary>24h turnover in quote.</summary>
    public string? Turnover24h { get; init; }
}
