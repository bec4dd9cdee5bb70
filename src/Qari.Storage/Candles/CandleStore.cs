using Qari.Model.Market;
using Qari.Model.Results;

namespace Qari.Storage.Candles;

/// <summary>
/// A directory of candle series, one file per (exchange, symbol, timeframe): <c>&lt;root&gt;/binance/BTC-USDT/5m.qc</c>.
/// Writes are atomic (temporary file, flush to disk, rename over the old file), so a crash leaves either the old or
/// the new series, never half of one. Downloaders append page by page with <see cref="Append"/> and resume from
/// <see cref="CandleSeriesInfo.LastOpenTimeMs"/> of <see cref="ReadInfo"/>.
/// </summary>
public sealed class CandleStore
{
    /// <summary>The file extension of a stored series.</summary>
    public const string Extension = ".qc";

    private const string TempMarker = ".tmp-";

    /// <summary>Opens (does not create) a store at <paramref name="root"/>; directories are created on the first write.</summary>
    public CandleStore(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        Root = Path.GetFullPath(root);
    }

    /// <summary>The store's root directory.</summary>
    public string Root { get; }

    /// <summary>Test hook: runs after the temporary file is complete and before it replaces the series (a crash point).</summary>
    internal Action<string>? BeforeRename { get; set; }

    /// <summary>The file that holds <paramref name="key"/>.</summary>
    public string PathOf(CandleSeriesKey key) => Path.Combine(Root, key.RelativePath);

    /// <summary>True when the series exists.</summary>
    public bool Exists(CandleSeriesKey key) => File.Exists(PathOf(key));

    /// <summary>Every stored series file (sorted by path) with its metadata, or the error that stops it being read.</summary>
    public IReadOnlyList<(string Path, Result<CandleSeriesInfo> Info)> List()
    {
        if (!Directory.Exists(Root)) return [];
        return Directory.EnumerateFiles(Root, "*" + Extension, SearchOption.AllDirectories)
            .Where(p => p.EndsWith(Extension, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(p => (p, ReadInfoAt(p)))
            .ToList();
    }

    /// <summary>Reads only the metadata of a series (fast: the header, not the candles).</summary>
    public Result<CandleSeriesInfo> ReadInfo(CandleSeriesKey key) => ReadInfoAt(PathOf(key));

    /// <summary>Loads a whole series, verifying its checksum; a missing, truncated or corrupt file is an error naming the file.</summary>
    public Result<CandleSeries> Load(CandleSeriesKey key) => LoadFile(PathOf(key));

    /// <summary>Loads a series file by path (see <see cref="Load"/>).</summary>
    public static Result<CandleSeries> LoadFile(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return new Error(ErrorKind.NotFound, "store.missing", $"{path}: no such candle series. Import it first (qari data import).");
        }
        catch (IOException ex)
        {
            return Error.Validation("store.io", $"{path}: {ex.Message}");
        }
        return CandleFileFormat.Decode(bytes, path);
    }

    /// <summary>Writes (replaces) a series atomically and returns its stored metadata with the checksum.</summary>
    public Result<CandleSeriesInfo> Write(CandleSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var path = PathOf(series.Info.Key);
        var bytes = CandleFileFormat.Encode(series, out var checksum);
        var directory = Path.GetDirectoryName(path)!;
        var temp = path + TempMarker + Guid.NewGuid().ToString("N");
        try
        {
            Directory.CreateDirectory(directory);
            RemoveStaleTemporaries(path);
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }
            BeforeRename?.Invoke(temp);
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            return Error.Validation("store.write", $"{path}: could not write the series ({ex.Message}); the previous version, if any, is unchanged.");
        }
        return series.Info with { Checksum = checksum };
    }

    /// <summary>
    /// Merges candles into a stored series (creating it when absent) and rewrites it atomically. Candles must be
    /// ascending; overlapping open times must carry identical values unless <paramref name="overlap"/> says otherwise.
    /// </summary>
    public Result<CandleSeriesInfo> Append(CandleSeriesKey key, string source, IReadOnlyList<Candle> candles, AppendOverlap overlap = AppendOverlap.MustMatch)
    {
        ArgumentNullException.ThrowIfNull(candles);
        IReadOnlyList<Candle> existing = [];
        var combinedSource = source;
        if (Exists(key))
        {
            var loaded = Load(key);
            if (!loaded.IsSuccess) return loaded.Error;
            existing = loaded.Value;
            var oldSource = loaded.Value.Info.Source;
            combinedSource = oldSource == source || oldSource.Split("; ").Contains(source) ? oldSource : $"{oldSource}; {source}";
        }
        var merged = CandleMerge.Merge(key, existing, candles, overlap);
        if (!merged.IsSuccess) return merged.Error;
        var series = CandleSeries.Create(key, combinedSource, merged.Value);
        return series.IsSuccess ? Write(series.Value) : series.Error;
    }

    private static Result<CandleSeriesInfo> ReadInfoAt(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            Span<byte> prefix = stackalloc byte[16];
            var read = stream.ReadAtLeast(prefix, prefix.Length, throwOnEndOfStream: false);
            var headerLength = read == 16 ? System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(prefix[12..]) : 0;
            var length = (int)Math.Clamp(headerLength, read, Math.Min(stream.Length, 1 << 24));
            var bytes = new byte[length];
            stream.Position = 0;
            var got = stream.ReadAtLeast(bytes, length, throwOnEndOfStream: false);
            return CandleFileFormat.ReadHeader(bytes.AsSpan(0, got), path, out _, out _);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return new Error(ErrorKind.NotFound, "store.missing", $"{path}: no such candle series. Import it first (qari data import).");
        }
        catch (IOException ex)
        {
            return Error.Validation("store.io", $"{path}: {ex.Message}");
        }
    }

    private static void RemoveStaleTemporaries(string path)
    {
        // A crash between creating and renaming a temporary file leaves it behind; it never holds the live series.
        var directory = Path.GetDirectoryName(path)!;
        foreach (var stale in Directory.EnumerateFiles(directory, Path.GetFileName(path) + TempMarker + "*")) TryDelete(stale);
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: a leftover temporary file is ignored by every reader and removed by the next write.
        }
    }
}
