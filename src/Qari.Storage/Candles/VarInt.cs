namespace Qari.Storage.Candles;

/// <summary>Zig-zag LEB128 integers: small deltas (the common case between neighbouring candles) take one or two bytes.</summary>
internal static class VarInt
{
    /// <summary>Reads one value at <paramref name="position"/>; false when the bytes end mid-value or the value is too long.</summary>
    public static bool TryRead(ReadOnlySpan<byte> input, ref int position, out long value)
    {
        ulong z = 0;
        var shift = 0;
        while (true)
        {
            if ((uint)position >= (uint)input.Length || shift > 63)
            {
                value = 0;
                return false;
            }
            var b = input[position++];
            z |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80) break;
            shift += 7;
        }
        value = (long)(z >> 1) ^ -(long)(z & 1);
        return true;
    }
}
