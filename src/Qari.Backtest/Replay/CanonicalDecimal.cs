using Qari.Model.Market;

namespace Qari.Backtest.Replay;

/// <summary>
/// Decimals without trailing zeros (<c>88340.00</c> → <c>88340</c>). A CSV keeps each number as written and the
/// candle store one scale per column, so equal candles can differ in scale; a backtest prints prices derived from
/// them, and the same candles must give the same report whatever file they came from.
/// </summary>
internal static class CanonicalDecimal
{
    /// <summary>The candle with every value in canonical form.</summary>
    public static Candle Of(in Candle c) => new(c.OpenTimeMs, Of(c.Open), Of(c.High), Of(c.Low), Of(c.Close), Of(c.Volume),
        c.QuoteVolume is { } q ? Of(q) : null, c.TakerBuyVolume is { } t ? Of(t) : null);

    /// <summary>The same value with the smallest scale that holds it.</summary>
    public static decimal Of(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var scale = (bits[3] >> 16) & 0xFF;
        if (scale == 0) return value;
        if (bits[2] != 0) return value / 1.000000000000000000000000000000000m;
        var mantissa = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
        if (mantissa % 10 != 0) return value;
        while (scale > 0 && mantissa % 10 == 0)
        {
            mantissa /= 10;
            scale--;
        }
        return new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, bits[3] < 0, (byte)scale);
    }
}
