namespace Qari.Exchanges.Abstractions;

/// <summary>An asset balance: free to use, and locked by open orders (a resting stop locks the coins it covers).</summary>
public sealed record Balance(string Asset, decimal Free, decimal Locked)
{
    /// <summary>Free plus locked.</summary>
    public decimal Total => Free + Locked;
}
