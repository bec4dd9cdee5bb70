namespace Qari.Storage.Candles;

/// <summary>
/// Exact conversion between decimals and 64-bit integers at a fixed number of decimal places. A series stores
/// every price as <c>mantissa × 10^-scale</c> with one scale for all prices, so no value is ever rounded.
/// </summary>
internal static class ScaledDecimal
{
    /// <summary>The largest scale a stored column may use.</summary>
    public const int MaxScale = 18;

    private static readonly ulong[] Pow10 = BuildPowers();

    /// <summary>The number of decimal places the value needs (trailing zeros ignored).</summary>
    public static byte NeededScale(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var scale = (byte)((bits[3] >> 16) & 0xFF);
        var mantissa = ((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0];
        while (scale > 0 && mantissa % 10 == 0)
        {
            mantissa /= 10;
            scale--;
        }
        return scale;
    }

    /// <summary>The value as an integer count of 10^-scale; false when it needs more places or does not fit 63 bits.</summary>
    public static bool TryToMantissa(decimal value, byte scale, out long mantissa)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var valueScale = (bits[3] >> 16) & 0xFF;
        var negative = bits[3] < 0;
        var m = ((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0];
        while (valueScale > scale)
        {
            if (m % 10 != 0)
            {
                mantissa = 0;
                return false;
            }
            m /= 10;
            valueScale--;
        }
        for (; valueScale < scale; valueScale++)
        {
            m *= 10;
            if (m > long.MaxValue)
            {
                mantissa = 0;
                return false;
            }
        }
        if (m > long.MaxValue)
        {
            mantissa = 0;
            return false;
        }
        mantissa = negative ? -(long)m : (long)m;
        return true;
    }

    /// <summary>The decimal <c>mantissa × 10^-scale</c> in its shortest form (trailing zeros dropped), as the CSV source writes it.</summary>
    public static decimal FromMantissa(long mantissa, byte scale)
    {
        var negative = mantissa < 0;
        var m = negative ? (ulong)(-mantissa) : (ulong)mantissa;
        if (m == 0) return 0m;
        while (scale > 0 && m % 10 == 0)
        {
            m /= 10;
            scale--;
        }
        return new decimal((int)(uint)m, (int)(uint)(m >> 32), 0, negative, scale);
    }

    /// <summary>10 to the given power (0..19).</summary>
    public static ulong Power(int exponent) => Pow10[exponent];

    private static ulong[] BuildPowers()
    {
        var powers = new ulong[20];
        powers[0] = 1;
        for (var i = 1; i < powers.Length; i++) powers[i] = powers[i - 1] * 10;
        return powers;
    }
}
