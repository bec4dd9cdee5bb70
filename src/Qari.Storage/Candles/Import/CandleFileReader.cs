using System.Globalization;
using System.IO.Compression;
using Qari.Model.Market;

namespace Qari.Storage.Candles.Import;

/// <summary>
/// Reads candle files of either supported layout (plain, <c>.gz</c>, or a <c>.zip</c> holding one CSV), detecting the
/// layout from the first line. Unlike <see cref="CandleCsv"/> it does not stop at the first bad row: it collects up
/// to <c>maxIssues</c> problems, each with file and line, so a user fixes a file in one pass.
/// </summary>
public static class CandleFileReader
{
    private const long MicrosecondThreshold = 100_000_000_000_000; // 1e14: ms timestamps stay below this until year 5138

    /// <summary>Parses a file; the candles are returned only when no issue was found.</summary>
    public static (ParsedCandleFile? File, IReadOnlyList<ImportIssue> Issues) Read(string path, int maxIssues = 20)
    {
        var name = Path.GetFileName(path);
        var issues = new List<ImportIssue>();
        if (!File.Exists(path)) return (null, [new ImportIssue(name, 0, $"file not found ({path})")]);
        try
        {
            using var reader = Open(path, out var zipProblem);
            if (reader is null) return (null, [new ImportIssue(name, 0, zipProblem!)]);
            var parsed = Parse(reader, path, issues, maxIssues);
            return issues.Count == 0 ? (parsed, issues) : (null, issues);
        }
        catch (InvalidDataException ex)
        {
            return (null, [new ImportIssue(name, 0, $"not a valid compressed file ({ex.Message})")]);
        }
        catch (IOException ex)
        {
            return (null, [new ImportIssue(name, 0, ex.Message)]);
        }
    }

    private static TextReader? Open(string path, out string? problem)
    {
        problem = null;
        if (path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            var archive = ZipFile.OpenRead(path);
            var entries = archive.Entries.Where(e => e.Name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)).ToList();
            if (entries.Count != 1)
            {
                archive.Dispose();
                problem = $"expected exactly one .csv inside the zip, found {entries.Count}";
                return null;
            }
            return new ZipEntryReader(archive, entries[0]);
        }
        Stream stream = File.OpenRead(path);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)) stream = new GZipStream(stream, CompressionMode.Decompress);
        return new StreamReader(stream);
    }

    private static ParsedCandleFile Parse(TextReader reader, string path, List<ImportIssue> issues, int maxIssues)
    {
        var name = Path.GetFileName(path);
        var candles = new List<Candle>();
        var lines = new List<int>();
        var layout = CandleCsvLayout.Qari;
        Timeframe? closeTimeframe = null;
        var lineNumber = 0;
        var first = true;
        Span<Range> fields = stackalloc Range[14];
        while (reader.ReadLine() is { } raw)
        {
            lineNumber++;
            var line = raw.AsSpan().TrimEnd('\r');
            if (first)
            {
                first = false;
                if (line.StartsWith(CandleCsv.Header, StringComparison.Ordinal)) continue;
                var count = line.Split(fields, ',');
                if (count == 12)
                {
                    layout = CandleCsvLayout.BinanceKline;
                    if (line.Length > 0 && char.IsAsciiLetter(line[0])) continue; // Binance's optional header row
                }
                else
                {
                    issues.Add(new ImportIssue(name, 1,
                        $"unknown layout: expected the header '{CandleCsv.Header}' or 12 Binance kline fields, found '{Truncate(line)}'"));
                    break;
                }
            }
            if (line.IsEmpty) continue;
            var problem = layout == CandleCsvLayout.Qari
                ? ParseQari(line, fields, out var candle)
                : ParseBinance(line, fields, out candle, ref closeTimeframe);
            problem ??= candle.Problem();
            if (problem is not null)
            {
                issues.Add(new ImportIssue(name, lineNumber, problem));
                if (issues.Count >= maxIssues) break;
                continue;
            }
            candles.Add(candle);
            lines.Add(lineNumber);
        }
        if (lineNumber == 0) issues.Add(new ImportIssue(name, 0, "the file is empty"));
        return new ParsedCandleFile(path, layout, candles, lines, closeTimeframe);
    }

    private static string? ParseQari(ReadOnlySpan<char> line, Span<Range> fields, out Candle candle)
    {
        candle = default;
        var count = line.Split(fields, ',');
        if (count != 6) return $"expected 6 fields, found {count}: '{Truncate(line)}'";
        if (!long.TryParse(line[fields[0]], NumberStyles.None, CultureInfo.InvariantCulture, out var time))
            return $"open_time_ms '{Truncate(line[fields[0]])}' is not a whole number of milliseconds";
        var problem = ParseValues(line, fields, out var o, out var h, out var l, out var c, out var v);
        candle = new Candle(time, o, h, l, c, v);
        return problem;
    }

    private static string? ParseBinance(ReadOnlySpan<char> line, Span<Range> fields, out Candle candle, ref Timeframe? timeframe)
    {
        candle = default;
        var count = line.Split(fields, ',');
        if (count != 12) return $"expected 12 Binance kline fields, found {count}: '{Truncate(line)}'";
        if (!long.TryParse(line[fields[0]], NumberStyles.None, CultureInfo.InvariantCulture, out var open))
            return $"open_time '{Truncate(line[fields[0]])}' is not a whole number";
        if (!long.TryParse(line[fields[6]], NumberStyles.None, CultureInfo.InvariantCulture, out var close))
            return $"close_time '{Truncate(line[fields[6]])}' is not a whole number";
        var micro = open >= MicrosecondThreshold;
        if (micro && open % 1000 != 0) return $"open_time {open} (microseconds) is not a whole millisecond";
        var openMs = micro ? open / 1000 : open;
        var closeMs = micro ? close / 1000 : close;
        var problem = ParseValues(line, fields, out var o, out var h, out var l, out var c, out var v);
        if (problem is not null) return problem;
        if (!TryDecimal(line[fields[7]], out var quote)) return $"quote_volume '{Truncate(line[fields[7]])}' is not a plain decimal number";
        if (!TryDecimal(line[fields[9]], out var takerBase)) return $"taker_buy_base '{Truncate(line[fields[9]])}' is not a plain decimal number";
        var span = closeMs - openMs + 1;
        var tf = Enum.GetValues<Timeframe>().Where(t => t.Milliseconds() == span).Select(t => (Timeframe?)t).FirstOrDefault();
        if (tf is null) return $"close_time {close} is not one timeframe after open_time {open} (span {span} ms)";
        if (timeframe is { } known && known != tf) return $"candle spans {tf.Value.Name()} but earlier rows span {known.Name()}";
        timeframe = tf;
        if (takerBase > v) return "taker_buy_base is larger than volume";
        candle = new Candle(openMs, o, h, l, c, v, quote, takerBase);
        return null;
    }

    private static string? ParseValues(ReadOnlySpan<char> line, Span<Range> fields, out decimal o, out decimal h, out decimal l, out decimal c, out decimal v)
    {
        h = l = c = v = 0;
        if (!TryDecimal(line[fields[1]], out o)) return $"open '{Truncate(line[fields[1]])}' is not a plain decimal number";
        if (!TryDecimal(line[fields[2]], out h)) return $"high '{Truncate(line[fields[2]])}' is not a plain decimal number";
        if (!TryDecimal(line[fields[3]], out l)) return $"low '{Truncate(line[fields[3]])}' is not a plain decimal number";
        if (!TryDecimal(line[fields[4]], out c)) return $"close '{Truncate(line[fields[4]])}' is not a plain decimal number";
        if (!TryDecimal(line[fields[5]], out v)) return $"volume '{Truncate(line[fields[5]])}' is not a plain decimal number";
        return null;
    }

    private static bool TryDecimal(ReadOnlySpan<char> text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

    private static string Truncate(ReadOnlySpan<char> s) => s.Length <= 60 ? s.ToString() : string.Concat(s[..60], "…");
}
