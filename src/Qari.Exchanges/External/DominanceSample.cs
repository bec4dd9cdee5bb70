namespace Qari.Exchanges.External;

/// <summary>One BTC-dominance observation: the share of total market cap (0–1) and when it was computed.</summary>
public readonly record struct DominanceSample(double Dominance, long TimeMs);
