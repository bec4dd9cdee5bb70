using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using Qari.Model.Ids;
using Qari.Model.Market;
using Qari.Model.Results;

namespace Qari.Storage.Candles;

/// <summary>
/// The <c>.qc</c> binary layout (version 1, little-endian). A header with the metadata and two XxHash3 checksums,
/// then one column after another (open time, open, high, low, close, volume, [quote volume], [taker-buy volume]),
/// each a run of zig-zag varints of the difference to the previous row (open time: difference minus one step), so a
/// regular 5-minute series costs ~2-3 bytes per value. See docs/storage.md for the byte-level description.
/// </summary>
internal static class CandleFileFormat
{
    public static ReadOnlySpan<byte> Magic => "QARICNDL"u8;
    public const ushort Version = 1;
    private const ushort FlagQuoteVolume = 1;
    private const ushort FlagTakerBuyVolume = 2;
    private const int FixedPrefix = 16; // magic, version, flags, header length

    /// <summary>Encodes a series into the bytes of a complete file.</summary>
    public static byte[] Encode(CandleSeries series, out ulong checksum)
    {
        var info = series.Info;
        var step = info.Key.Timeframe.Milliseconds();
        var payload = new ByteBuffer(series.Count * 16);
        var columns = new List<long[]> { series.Open, series.High, series.Low, series.Close, series.Volume };
        if (series.QuoteVolume is { } q) columns.Add(q);
        if (series.TakerBuyVolume is { } t) columns.Add(t);
        var previousTime = series.Count > 0 ? series.Times[0] - step : 0;
        foreach (var time in series.Times)
        {
            payload.WriteVarInt(time - previousTime - step);
            previousTime = time;
        }
        foreach (var column in columns)
        {
            long previous = 0;
            foreach (var value in column)
            {
                payload.WriteVarInt(value - previous);
                previous = value;
            }
        }
        checksum = XxHash3.HashToUInt64(payload.Written);

        using var header = new MemoryStream();
        using (var w = new BinaryWriter(header, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(Magic);
            w.Write(Version);
            w.Write((ushort)((info.HasQuoteVolume ? FlagQuoteVolume : 0) | (info.HasTakerBuyVolume ? FlagTakerBuyVolume : 0)));
            w.Write(0); // header length, patched below
            w.Write((int)info.Key.Timeframe);
            w.Write(info.Count);
            w.Write(info.FirstOpenTimeMs);
            w.Write(info.LastOpenTimeMs);
            w.Write(info.PriceScale);
            w.Write(info.VolumeScale);
            w.Write(info.QuoteVolumeScale);
            w.Write(info.Key.Exchange.Name());
            w.Write(info.Key.Symbol.ToString());
            w.Write(info.Source);
            w.Write(info.Gaps.Count);
            foreach (var gap in info.Gaps)
            {
                w.Write(gap.FirstMissingMs);
                w.Write(gap.LastMissingMs);
            }
            w.Write((long)payload.Length);
            w.Write(checksum);
        }
        var headerLength = (int)header.Length + sizeof(ulong);
        var file = new byte[headerLength + payload.Length];
        header.ToArray().CopyTo(file, 0);
        BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(12), headerLength);
        BinaryPrimitives.WriteUInt64LittleEndian(file.AsSpan(headerLength - 8), XxHash3.HashToUInt64(file.AsSpan(0, headerLength - 8)));
        payload.Written.CopyTo(file.AsSpan(headerLength));
        return file;
    }

    /// <summary>Reads and checks the header; <paramref name="payloadOffset"/> is where the columns start.</summary>
    public static Result<CandleSeriesInfo> ReadHeader(ReadOnlySpan<byte> bytes, string path, out int payloadOffset, out long payloadLength)
    {
        payloadOffset = 0;
        payloadLength = 0;
        if (bytes.Length < FixedPrefix || !bytes[..8].SequenceEqual(Magic))
            return Corrupt(path, "not a Qari candle file (bad magic bytes) or truncated to nothing");
        var version = BinaryPrimitives.ReadUInt16LittleEndian(bytes[8..]);
        if (version != Version) return Corrupt(path, $"unsupported format version {version} (this build reads {Version})");
        var flags = BinaryPrimitives.ReadUInt16LittleEndian(bytes[10..]);
        var headerLength = BinaryPrimitives.ReadInt32LittleEndian(bytes[12..]);
        if (headerLength < FixedPrefix + 8 || headerLength > bytes.Length)
            return Corrupt(path, $"truncated: the header claims {headerLength} bytes, the file has {bytes.Length}");
        var storedHeaderHash = BinaryPrimitives.ReadUInt64LittleEndian(bytes[(headerLength - 8)..]);
        if (XxHash3.HashToUInt64(bytes[..(headerLength - 8)]) != storedHeaderHash)
            return Corrupt(path, "header checksum mismatch (the file was damaged)");
        try
        {
            using var stream = new MemoryStream(bytes[FixedPrefix..(headerLength - 8)].ToArray());
            using var r = new BinaryReader(stream, Encoding.UTF8);
            var tf = (Timeframe)r.ReadInt32();
            var count = r.ReadInt32();
            var first = r.ReadInt64();
            var last = r.ReadInt64();
            var priceScale = r.ReadByte();
            var volumeScale = r.ReadByte();
            var quoteScale = r.ReadByte();
            var exchangeName = r.ReadString();
            var symbolText = r.ReadString();
            var source = r.ReadString();
            var gapCount = r.ReadInt32();
            if (!Enum.IsDefined(tf) || !ExchangeIds.TryParse(exchangeName, out var exchange) || !Symbol.TryParse(symbolText, out var symbol)
                || count < 0 || gapCount < 0 || priceScale > ScaledDecimal.MaxScale || volumeScale > ScaledDecimal.MaxScale || quoteScale > ScaledDecimal.MaxScale)
                return Corrupt(path, "header holds values out of range");
            var step = tf.Milliseconds();
            var gaps = new CandleGap[gapCount];
            for (var i = 0; i < gapCount; i++)
            {
                var gapFirst = r.ReadInt64();
                var gapLast = r.ReadInt64();
                gaps[i] = new CandleGap(gapFirst, gapLast, (gapLast - gapFirst) / step + 1);
            }
            payloadLength = r.ReadInt64();
            var checksum = r.ReadUInt64();
            payloadOffset = headerLength;
            var key = new CandleSeriesKey(exchange, symbol, tf);
            return new CandleSeriesInfo(key, source, count, first, last, gaps, priceScale, volumeScale, quoteScale,
                (flags & FlagQuoteVolume) != 0, (flags & FlagTakerBuyVolume) != 0, checksum);
        }
        catch (EndOfStreamException)
        {
            return Corrupt(path, "header ends early");
        }
    }

    /// <summary>Decodes a whole file, checking the payload length and checksum and that the columns end where the header says.</summary>
    public static Result<CandleSeries> Decode(ReadOnlySpan<byte> bytes, string path)
    {
        var header = ReadHeader(bytes, path, out var offset, out var payloadLength);
        if (!header.IsSuccess) return header.Error;
        var info = header.Value;
        if (bytes.Length - offset != payloadLength)
            return Corrupt(path, $"truncated or padded: expected {payloadLength} bytes of candles, found {bytes.Length - offset}");
        var payload = bytes[offset..];
        if (XxHash3.HashToUInt64(payload) != info.Checksum) return Corrupt(path, "candle data checksum mismatch (the file was damaged)");

        var n = info.Count;
        var step = info.Key.Timeframe.Milliseconds();
        var position = 0;
        var times = new long[n];
        var previous = info.FirstOpenTimeMs - step;
        for (var i = 0; i < n; i++)
        {
            if (!VarInt.TryRead(payload, ref position, out var delta)) return Corrupt(path, "candle data ends early");
            previous += delta + step;
            times[i] = previous;
        }
        var columnCount = 5 + (info.HasQuoteVolume ? 1 : 0) + (info.HasTakerBuyVolume ? 1 : 0);
        var columns = new long[columnCount][];
        for (var c = 0; c < columnCount; c++)
        {
            var column = new long[n];
            long value = 0;
            for (var i = 0; i < n; i++)
            {
                if (!VarInt.TryRead(payload, ref position, out var delta)) return Corrupt(path, "candle data ends early");
                value += delta;
                column[i] = value;
            }
            columns[c] = column;
        }
        if (position != payload.Length) return Corrupt(path, "candle data is longer than the header says");
        if (n > 0 && (times[0] != info.FirstOpenTimeMs || times[^1] != info.LastOpenTimeMs))
            return Corrupt(path, "decoded open times do not match the header's span");
        var quote = info.HasQuoteVolume ? columns[5] : null;
        var taker = info.HasTakerBuyVolume ? columns[^1] : null;
        return new CandleSeries(info, times, columns[0], columns[1], columns[2], columns[3], columns[4], quote, taker);
    }

    private static Error Corrupt(string path, string problem) =>
        new(ErrorKind.Validation, "store.corrupt", $"{path}: {problem}. Re-import the series (qari data import) to replace it.");
}
