using System.Globalization;
using System.IO.Compression;
using Qari.Analysis.Series;
using Qari.Model.Market;

namespace Qari.Analysis.Tests;

/// <summary>Loads the fixtures under TestData/ (copied to the output directory).</summary>
internal static class TestData
{
    /// <summary>
    /// The folder holding <c>talib/</c> and <c>candles/</c>. Set QARI_ANALYSIS_TESTDATA to run the same suite against
    /// full-length copies (same file names) instead of the truncated fixtures.
    /// </summary>
    public static string Root =>
        Environment.GetEnvironmentVariable("QARI_ANALYSIS_TESTDATA") is { Length: > 0 } custom
            ? custom
            : Path.Combine(AppContext.BaseDirectory, "TestData");

    public static Bar[] Bars(string name)
    {
        using var reader = OpenText(Path.Combine(Root, "candles", name + ".csv.gz"));
        var read = CandleCsv.Read(reader, name);
        Assert.True(read.IsSuccess, read.Error?.Message);
        return read.Value.Select(c => Bar.From(c)).ToArray();
    }

    public static IReadOnlyList<Candle> Candles(string name)
    {
        using var reader = OpenText(Path.Combine(Root, "candles", name + ".csv.gz"));
        var read = CandleCsv.Read(reader, name);
        Assert.True(read.IsSuccess, read.Error?.Message);
        return read.Value;
    }

    /// <summary>Reads a TA-Lib reference table: open times and one nullable column per indicator output.</summary>
    public static (long[] Times, Dictionary<string, double?[]> Columns) Reference(string name)
    {
        using var reader = OpenText(Path.Combine(Root, "talib", name + "_talib.csv.gz"));
        var header = reader.ReadLine()!.Split(',');
        var rows = new List<string[]>();
        while (reader.ReadLine() is { Length: > 0 } line) rows.Add(line.Split(','));
        var times = rows.Select(r => long.Parse(r[0], CultureInfo.InvariantCulture)).ToArray();
        var columns = new Dictionary<string, double?[]>(StringComparer.Ordinal);
        for (var c = 1; c < header.Length; c++)
        {
            columns[header[c]] = rows
                .Select(r => r[c].Length == 0 ? (double?)null : double.Parse(r[c], NumberStyles.Float, CultureInfo.InvariantCulture))
                .ToArray();
        }
        return (times, columns);
    }

    private static StreamReader OpenText(string path) =>
        new(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
}
