using Qari.Model.Market;

namespace Qari.Analysis.Structure;

/// <summary>
/// A closed candle as doubles, the unit every structure detector consumes. Prices become doubles only for
/// analysis math; levels that reach an order are rounded back to the instrument's tick elsewhere. Same shape as
/// <c>Qari.Analysis.Series.Bar</c> so the two can be merged into one type; the derived measures live in
/// <see cref="BarMeasures"/>.
/// </summary>
/// <param name="OpenTimeMs">Candle open time, Unix milliseconds UTC.</param>
/// <param name="Open">Open price.</param>
/// <param name="High">High price.</param>
/// <param name="Low">Low price.</param>
/// <param name="Close">Close price.</param>
/// <param name="Volume">Base-asset volume.</param>
public readonly record struct Bar(long OpenTimeMs, double Open, double High, double Low, double Close, double Volume)
{
    /// <summary>Converts a model candle; rejects non-finite or non-positive prices (a bug upstream).</summary>
    public static Bar From(in Candle candle)
    {
        var bar = new Bar(candle.OpenTimeMs, (double)candle.Open, (double)candle.High, (double)candle.Low,
            (double)candle.Close, (double)candle.Volume);
        if (!(bar.Low > 0) || !(bar.High >= bar.Low) || !double.IsFinite(bar.High) || !(bar.Volume >= 0))
            throw new ArgumentException($"Candle at {candle.OpenTimeMs} is not a sane OHLCV candle.", nameof(candle));
        return bar;
    }
}
