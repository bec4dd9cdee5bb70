namespace Qari.Analysis.Layers;

/// <summary>An external Fear &amp; Greed index reading (0 = extreme fear, 100 = extreme greed) and when it was published.</summary>
public readonly record struct FearGreedReading(int Value, long TimeMs);
