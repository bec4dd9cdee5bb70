using System.Globalization;
using Qari.Model.Results;

namespace Qari.Model.Market;

/// <summary>
/// Reads candles in Qari's CSV layout (<c>open_time_ms,open,high,low,close,volume</c>, header first, invariant
/// culture). All or nothing: the first bad row fails the whole read with its source and line number, so a
/// corrupt file never yields a half-loaded series.
/// </summary>
public static class CandleCsv
{
    /// <summary>The header line Qari writes and expects.</summary>
    public const string Header = "open_time_ms,open,high,low,close,volume";

    /// <summary>Parses every row; checks header, number format, OHLC sanity and strictly ascending times.</summary>
    public static Result<IReadOnlyList<Candle>> Read(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var header = reader.ReadLine();
        if (header is null) return Fail(sourceName, 1, "the file is empty (expected the header line)");
        if (!header.Trim().StartsWith(Header, StringComparison.Ordinal))
            return Fail(sourceName, 1, $"unexpected header '{Truncate(header)}' (expected '{Header}')");

        var candles = new List<Candle>();
        var lineNumber = 1;
        long previous = long.MinValue;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0) continue;
            if (!TryParseRow(line, out var candle, out var problem))
                return Fail(sourceName, lineNumber, problem!);
            if (candle.OpenTimeMs <= previous)
                return Fail(sourceName, lineNumber, $"open time {candle.OpenTimeMs} is not after the previous row's {previous} (duplicate or unsorted)");
            previous = candle.OpenTimeMs;
            candles.Add(candle);
        }
        return candles;
    }

    /// <summary>Writes candles in the same layout (round-trips with <see cref="Read"/>).</summary>
    public static void Write(TextWriter writer, IEnumerable<Candle> candles)
    {
        writer.Write(Header);
        writer.Write('\n');
        foreach (var c in candles)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"{c.OpenTimeMs},{c.Open},{c.High},{c.Low},{c.Close},{c.Volume}\n"));
        }
    }

    private static bool TryParseRow(string line, out Candle candle, out string? problem)
    {
        candle = default;
        problem = null;
        Span<Range> fields = stackalloc Range[8];
        var span = line.AsSpan().TrimEnd('\r');
        var count = span.Split(fields, ',');
        if (count < 6)
        {
            problem = $"expected 6 fields, found {count}: '{Truncate(line)}'";
            return false;
        }
        if (!long.TryParse(span[fields[0]], NumberStyles.None, CultureInfo.InvariantCulture, out var time))
        {
            problem = $"open_time_ms '{Truncate(span[fields[0]].ToString())}' is not a whole number of milliseconds";
            return false;
        }
        Span<decimal> values = stackalloc decimal[5];
        string[] names = ["open", "high", "low", "close", "volume"];
        for (var i = 0; i < 5; i++)
        {
            if (!decimal.TryParse(span[fields[i + 1]], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out values[i]))
            {
                problem = $"{names[i]} '{Truncate(span[fields[i + 1]].ToString())}' is not a plain decimal number";
                return false;
            }
        }
        candle = new Candle(time, values[0], values[1], values[2], values[3], values[4]);
        problem = candle.Problem();
        return problem is null;
    }

    private static Error Fail(string source, int line, string problem) =>
        Error.Validation("csv.invalid", $"{source}, line {line}: {problem}");

    private static string Truncate(string s) => s.Length <= 60 ? s : s[..60] + "…";
}
