namespace Qari.Analysis.Series;

/// <summary>Lower-timeframe candles that never arrived: open times from <see cref="FirstMissingMs"/> to <see cref="LastMissingMs"/> inclusive.</summary>
public readonly record struct InputGap(long FirstMissingMs, long LastMissingMs, long MissingCount);
