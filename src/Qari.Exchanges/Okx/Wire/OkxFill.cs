namespace Qari.Exchanges.Okx.Wire;

/// <summary>Row of <c>GET /api/v5/trade/fills</c>.</summary>
public sealed class OkxFill
{
    /// <summary>Instrument id.</summary>
    public string? InstId { get; init; }

    /// <summary>Trade id.</summary>
    public string? TradeId { get; init; }

    /// <summary>Bill id (pagination cursor).</summary>
    public string? BillId { get; init; }

    /// <summary>Order id.</summary>
    public string? OrdId { get; init; }

    /// <summary>Client order id.</summary>
    public string? ClOrdId { get; init; }

    /// <summary>buy or sell.</summary>
    public string? Side { get; init; }

    /// <summary>Fill price.</summary>
    public string? FillPx { get; init; }

    /// <summary>Fill size in base.</summary>
    public string? FillSz { get; init; }

    /// <summary>Fee (negative = paid).</summary>
    public string? Fee { get; init; }

    /// <summary>Fee currency.</summary>
    public string? FeeCcy { get; init; }

    /// <summary>T taker, M maker.</summary>
    public string? ExecType { get; init; }

    /// <summary>Time in ms, as text.</summary>
    public string? Ts { get; init; }
}
