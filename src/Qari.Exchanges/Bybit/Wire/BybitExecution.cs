namespace Qari.Exchanges.Bybit.Wire;

/// <summary>One row of <c>GET /v5/execution/list</c>.</summary>
public sealed class BybitExecution
{
    /// <summary>Exchange symbol.</summary>
    public string? Symbol { get; init; }

    /// <summary>Exchange order id.</summary>
    public string? OrderId { get; init; }

    /// <summary>Client order id.</summary>
    public string? OrderLinkId { get; init; }

    /// <summary>Buy or Sell.</summary>
    public string? Side { get; init; }

    /// <summary>Execution id.</summary>
    public string? ExecId { get; init; }

    /// <summary>Execution price.</summary>
    public string? ExecPrice { get; init; }

    /// <summary>Execution quantity in base.</summary>
    public string? ExecQty { get; init; }

    /// <summary>Fee charged.</summary>
    public string? ExecFee { get; init; }

    /// <summary>Fee currency (spot).</summary>
    public string? FeeCurrency { get; init; }

    /// <summary>Trade, Funding, ... (spot: Trade).</summary>
    public string? ExecType { get; init; }

    /// <summary>Execution time in ms, as text.</summary>
    public string? ExecTime { get; init; }

    /// <summary>True when this side was the maker.</summary>
    public bool IsMaker { get; init; }
}
