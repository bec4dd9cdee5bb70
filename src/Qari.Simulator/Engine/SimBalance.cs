namespace Qari.Simulator.Engine;

/// <summary>One asset of a simulated account: free and locked by open orders.</summary>
public sealed class SimBalance
{
    /// <summary>Usable now.</summary>
    public decimal Free { get; internal set; }

    /// <summary>Reserved by open orders.</summary>
    public decimal Locked { get; internal set; }
}
