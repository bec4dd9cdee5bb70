namespace Qari.Analysis.Structure;

/// <summary>Trend state of one series read from its confirmed swings.</summary>
public enum Trend
{
    /// <summary>Neither clean higher highs and higher lows nor lower highs and lower lows (or not enough swings yet).</summary>
    Range,
    /// <summary>Higher high and higher low.</summary>
    Bullish,
    /// <summary>Lower high and lower low.</summary>
    Bearish,
}
