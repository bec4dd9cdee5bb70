namespace Qari.Exchanges.Okx.Wire;

/// <summary>Row of <c>GET /api/v5/public/instruments?instType=SPOT</c>.</summary>
public sealed class OkxInstrument
{
    /// <summary>Instrument id, e.g. BTC-USDT.</summary>
    public string? InstId { get; init; }

    /// <summary>SPOT.</summary>
    public string? InstType { get; init; }

    /// <summary>Base currency.</summary>
    public string? BaseCcy { get; init; }

    /// <summary>Quote currency.</summary>
    public string? QuoteCcy { get; init; }

    /// <summary>Price tick.</summary>
    public string? TickSz { get; init; }

    /// <summary>Quantity step.</summary>
    public string? LotSz { get; init; }

    /// <summary>Minimum quantity.</summary>
    public string? MinSz { get; init; }

    /// <summary>Maximum limit-order quantity.</summary>
    public string? MaxLmtSz { get; init; }

    /// <summary>live, suspend, preopen, test.</summary>
    public string? State { get; init; }
}
