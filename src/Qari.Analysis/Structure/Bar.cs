using Qari.Model.Market;

namespace Qari.Analysis.Structure;

/// <summary>
/// A closed candle as doubles, the unit every structure detector consumes. Prices become doubles only for
/// analysis math; levels that reach an order are rounded back to the instrument's tick elsewhere.
/// </summary>
/// <param name="TimeMs">Candle open time, Unix milliseconds UTC.</param>
/// <param name="Open">Open price.</param>
/// <param name="High">High price.</param>
/// <param name="Low">Low price.</param>
/// <param name="Close">Close price.</param>
/// <param name="Volume">Base-asset volume.</param>
public readonly record struct Bar(long TimeMs, double Open, double High, double Low, double Close, double Volume)
{
    /// <summary>High minus low.</summary>
    public double Range => High - Low;

    /// <summary>Absolute distance between open and close.</summary>
    public double Body => Math.Abs(Close - Open);

    /// <summary>True when the candle closed above its open.</summary>
    public bool IsBullish => Close > Open;

    /// <summary>True when the candle closed below its open.</summary>
    public bool IsBearish => Close < Open;

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
