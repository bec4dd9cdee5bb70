namespace Qari.Exchanges.Okx.Wire;

/// <summary>Per-item result of place/cancel (order or algo): <c>sCode</c> "0" on success.</summary>
public sealed class OkxOrderAck
{
    /// <summary>Order id.</summary>
    public string? OrdId { get; init; }

    /// <summary>Client order id.</summary>
    public string? ClOrdId { get; init; }

    /// <summary>Algo id (algo endpoints).</summary>
    public string? AlgoId { get; init; }

    /// <summary>Client algo id (algo endpoints).</summary>
    public string? AlgoClOrdId { get; init; }

    /// <summary>"0" on success, the error code otherwise.</summary>
    public string? SCode { get; init; }

    /// <summary>Error text.</summary>
    public string? SMsg { get; init; }
}
