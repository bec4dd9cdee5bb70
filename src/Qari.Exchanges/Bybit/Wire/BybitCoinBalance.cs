namespace Qari.Exchanges.Bybit.Wire;

/// <summary>One coin of a wallet: spot free = walletBalance − locked.</summary>
public sealed class BybitCoinBalance
{
    /// <summary>Coin name.</summary>
    public string? Coin { get; init; }

    /// <summary>Total balance.</summary>
    public string? WalletBalance { get; init; }

    /// <summary>Locked by open spot orders.</summary>
    public string? Locked { get; init; }

    /// <summary>Equity.</summary>
    public string? Equity { get; init; }
}
