namespace Qari.Exchanges.Okx.Wire;

/// <summary>One currency of the trading account.</summary>
public sealed class OkxBalanceDetail
{
    /// <summary>Currency.</summary>
    public string? Ccy { get; init; }

    /// <summary>Cash balance.</summary>
    public string? CashBal { get; init; }

    /// <summary>Available balance.</summary>
    public string? AvailBal { get; init; }

    /// <summary>Frozen by open orders.</summary>
    public string? FrozenBal { get; init; }

    /// <summary>Equity.</summary>
    public string? Eq { get; init; }
}
