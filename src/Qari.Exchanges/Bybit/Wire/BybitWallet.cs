namespace Qari.Exchanges.Bybit.Wire;

/// <summary>One account of <c>GET /v5/account/wallet-balance</c>.</summary>
public sealed class BybitWallet
{
    /// <summary>UNIFIED (or SPOT on classic accounts).</summary>
    public string? AccountType { get; init; }

    /// <summary>Per-coin balances.</summary>
    public List<BybitCoinBalance>? Coin { get; init; }
}
