namespace Qari.Exchanges.Okx.Wire;

/// <summary>Row of <c>GET /api/v5/account/balance</c>.</summary>
public sealed class OkxBalance
{
    /// <summary>Per-currency balances (currencies with zero balance are omitted).</summary>
    public List<OkxBalanceDetail>? Details { get; init; }

    /// <summary>Update time in ms, as text.</summary>
    public string? UTime { get; init; }
}
