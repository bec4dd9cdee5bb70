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
        if (scale == 0) return 0;
        if (bits[2] == 0)
        {
            // Fast path: the mantissa fits 64 bits (every realistic price and volume), so no 128-bit division.
            var m = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
            while (scale > 0 && m % 10 == 0)
            {
                m /= 10;
                scale--;
            }
            return scale;
        }
        var wide = ((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0];
        while (scale > 0 && wide % 10 == 0)
        {
            wide /= 10;
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
        mantissa = 0;
        if (bits[2] == 0 && valueScale <= scale)
        {
            // Fast path: scale up a 64-bit mantissa, checking for overflow.
            var m = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
            var factor = Pow10[scale - valueScale];
            var high = Math.BigMul(m, factor, out var low);
            if (high != 0 || low > long.MaxValue) return false;
            mantissa = negative ? -(long)low : (long)low;
            return true;
        }
        var wide = ((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0];
        while (valueScale > scale)
        {
            if (wide % 10 != 0) return false;
            wide /= 10;
            valueScale--;
        }
        for (; valueScale < scale; valueScale++)
        {
            wide *= 10;
            if (wide > long.MaxValue) return false;
        }
        if (wide > long.MaxValue) return false;
        mantissa = negative ? -(long)wide : (long)wide;
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
