using System.IO.Compression;
using Qari.Model.Market;
using Qari.Model.Results;

namespace Qari.Storage.Candles;

/// <summary>Opens candle CSV files, plain or gzip-compressed (<c>.csv.gz</c>), and reads them all-or-nothing.</summary>
public static class CandleFiles
{
    /// <summary>Reads one file; a missing or corrupt file is an error naming the file (and line).</summary>
    public static Result<IReadOnlyList<Candle>> Read(string path)
    {
        if (!File.Exists(path)) return Error.Validation("csv.missing", $"{path}: file not found");
        try
        {
            using var file = File.OpenRead(path);
            using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
                ? new GZipStream(file, CompressionMode.Decompress)
                : file;
            using var reader = new StreamReader(stream);
            return CandleCsv.Read(reader, Path.GetFileName(path));
        }
        catch (InvalidDataException ex)
        {
            return Error.Validation("csv.corrupt", $"{path}: not a valid gzip file ({ex.Message})");
        }
        catch (IOException ex)
        {
            return Error.Validation("csv.io", $"{path}: {ex.Message}");
        }
    }
}
