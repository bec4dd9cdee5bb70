using Qari.Model.Market;

namespace Qari.Analysis.Series;

/// <summary>
/// One closed candle as analysis input: the <see cref="Candle"/> values converted to doubles once, at the boundary,
/// so indicator math runs on plain floating point (decimals stay the currency of prices sent to an exchange).
/// </summary>
public readonly record struct Bar(long OpenTimeMs, double Open, double High, double Low, double Close, double Volume)
{
    /// <summary>Converts a model candle; prices and volume become doubles (the nearest representable value).</summary>
    public static Bar From(in Candle candle) => new(
        candle.OpenTimeMs,
        (double)candle.Open,
        (double)candle.High,
        (double)candle.Low,
        (double)candle.Close,
        (double)candle.Volume);

    /// <summary>The typical price (high + low + close) / 3, computed as TA-Lib does.</summary>
    public double TypicalPrice => (High + Low + Close) / 3.0;
}
