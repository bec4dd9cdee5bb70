namespace Qari.Exchanges.Bybit.Wire;

/// <summary>One row of <c>GET /v5/market/instruments-info?category=spot</c>.</summary>
public sealed class BybitInstrument
{
    /// <summary>Exchange symbol, e.g. BTCUSDT.</summary>
    public string? Symbol { get; init; }

    /// <summary>Base coin.</summary>
    public string? BaseCoin { get; init; }

    /// <summary>Quote coin.</summary>
    public string? QuoteCoin { get; init; }

    /// <summary>Trading, PreLaunch, Delivering, Closed...</summary>
    public string? Status { get; init; }

    /// <summary>Quantity rules.</summary>
    public BybitLotSizeFilter? LotSizeFilter { get; init; }

    /// <summary>Price rules.</summary>
    public BybitPriceFilter? PriceFilter { get; init; }
}
