namespace Qari.Storage.Candles;

/// <summary>A growable byte array for encoding columns (fewer bounds checks and copies than a list of bytes).</summary>
internal sealed class ByteBuffer(int capacity)
{
    private byte[] _bytes = new byte[Math.Max(16, capacity)];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Written => _bytes.AsSpan(0, Length);

    public void WriteVarInt(long value)
    {
        if (Length + 10 > _bytes.Length) Array.Resize(ref _bytes, _bytes.Length * 2);
        var z = (ulong)((value << 1) ^ (value >> 63));
        while (z >= 0x80)
        {
            _bytes[Length++] = (byte)(z | 0x80);
            z >>= 7;
        }
        _bytes[Length++] = (byte)z;
    }
}
