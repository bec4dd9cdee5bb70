using System.Globalization;
using Qari.Model.Results;

namespace Qari.Exchanges.External;

/// <summary>
/// Reads the shipped daily macro files (<c>open_time_ms,date_utc,&lt;value&gt;</c>, one row per UTC day, ascending;
/// see data/README.md). Rows are returned as the day's open time and value; a bad row is a Validation error naming
/// the file and line.
/// </summary>
internal static class DailyMacroCsv
{
    public const long DayMs = 86_400_000;

    /// <summary>The rows of <paramref name="path"/>, whose third header column must be <paramref name="valueColumn"/>.</summary>
    public static Result<List<(long OpenMs, double Value)>> Load(string path, string valueColumn)
    {
        if (!File.Exists(path)) return new Error(ErrorKind.NotFound, "file-not-found", $"{path}: no such file");
        var rows = new List<(long, double)>();
        using var reader = new StreamReader(path);
        var header = reader.ReadLine();
        if (header?.Trim() != $"open_time_ms,date_utc,{valueColumn}")
            return Error.Validation("bad-header", $"{path}: expected header 'open_time_ms,date_utc,{valueColumn}', got '{header}'");
        var lineNo = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (line.Length == 0) continue;
            var parts = line.Split(',');
            if (parts.Length != 3
                || !long.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var open)
                || !double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                || !double.IsFinite(value))
                return Error.Validation("bad-row", $"{path}:{lineNo}: cannot read '{line}'");
            if (open % DayMs != 0) return Error.Validation("bad-row", $"{path}:{lineNo}: {open} is not 00:00 UTC");
            if (rows.Count > 0 && open <= rows[^1].Item1) return Error.Validation("bad-row", $"{path}:{lineNo}: rows are not ascending");
            rows.Add((open, value));
        }
        return rows;
    }

    /// <summary>Index of the last row whose value is visible at <paramref name="atMs"/> (the day has closed), or -1.</summary>
    public static int LastVisible(IReadOnlyList<long> visibleFromMs, long atMs)
    {
        int lo = 0, hi = visibleFromMs.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (visibleFromMs[mid] <= atMs) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found;
    }
}
