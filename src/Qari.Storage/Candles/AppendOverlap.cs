namespace Qari.Storage.Candles;

/// <summary>What an append does when a new candle has the open time of a stored one with different values.</summary>
public enum AppendOverlap
{
    /// <summary>Fail the whole append, naming the first conflicting open time (the default: data never changes silently).</summary>
    MustMatch,
    /// <summary>The new candle wins (e.g. the exchange restated a candle, or the last stored candle was still open).</summary>
    Replace,
}
