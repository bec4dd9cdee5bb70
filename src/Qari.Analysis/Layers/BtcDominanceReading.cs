namespace Qari.Analysis.Layers;

/// <summary>BTC dominance (share of total crypto market cap, 0–1) now and 24 hours earlier.</summary>
public readonly record struct BtcDominanceReading(double Dominance, double Dominance24hAgo, long TimeMs)
{
    /// <summary>Change over 24 hours in percentage points.</summary>
    public double Change24hPoints => (Dominance - Dominance24hAgo) * 100.0;
}
