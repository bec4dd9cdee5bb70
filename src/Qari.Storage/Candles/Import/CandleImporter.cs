using Qari.Model.Ids;
using Qari.Model.Market;

namespace Qari.Storage.Candles.Import;

/// <summary>
/// Imports candle files into a <see cref="CandleStore"/>, all or nothing: every file is parsed and every series
/// checked (layout, numbers, OHLC sanity, alignment, duplicates within and across files, conflicts with what is
/// stored) before the first byte is written. Files of the same series (e.g. Binance monthly dumps) are combined.
/// Gaps are not errors (exchanges do have outages); they are recorded in the series' metadata and reported.
/// </summary>
public static class CandleImporter
{
    /// <summary>Parses and checks without writing; the result lists the series as they would be stored.</summary>
    public static CandleImportResult Check(IReadOnlyList<string> files, CandleImportOptions options, CandleStore? store = null)
    {
        var (series, issues) = Prepare(files, options, store);
        return new CandleImportResult(issues, issues.Count == 0 ? series.Select(s => s.Info).ToList() : []);
    }

    /// <summary>Checks everything, then writes each series atomically; nothing is written when any problem is found.</summary>
    public static CandleImportResult Import(CandleStore store, IReadOnlyList<string> files, CandleImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        var (series, issues) = Prepare(files, options, store);
        if (issues.Count > 0) return new CandleImportResult(issues, []);
        var written = new List<CandleSeriesInfo>();
        foreach (var s in series)
        {
            var result = store.Write(s);
            if (!result.IsSuccess)
            {
                // Disk-level failure after validation: say exactly which series are already in place.
                var done = written.Count == 0 ? "none" : string.Join(", ", written.Select(w => w.Key.ToString()));
                return new CandleImportResult([new ImportIssue(s.Info.Key.ToString(), 0, $"{result.Error.Message} Already written: {done}.")], written);
            }
            written.Add(result.Value);
        }
        return new CandleImportResult([], written);
    }

    private static (List<CandleSeries> Series, List<ImportIssue> Issues) Prepare(IReadOnlyList<string> files, CandleImportOptions options, CandleStore? store)
    {
        var issues = new List<ImportIssue>();
        var groups = new Dictionary<CandleSeriesKey, List<ParsedCandleFile>>();
        if (files.Count == 0) issues.Add(new ImportIssue("(no files)", 0, "give at least one candle file"));
        foreach (var path in files)
        {
            var (parsed, fileIssues) = CandleFileReader.Read(path, options.MaxIssues);
            issues.AddRange(fileIssues);
            if (parsed is null) continue;
            var key = ResolveKey(parsed, options, issues);
            if (key is null) continue;
            if (!groups.TryGetValue(key.Value, out var list)) groups[key.Value] = list = [];
            list.Add(parsed);
        }
        var series = new List<CandleSeries>();
        foreach (var (key, group) in groups.OrderBy(g => g.Key.ToString(), StringComparer.Ordinal))
        {
            var built = BuildSeries(key, group, options, store, issues);
            if (built is not null) series.Add(built);
            if (issues.Count >= options.MaxIssues) break;
        }
        return (series, issues);
    }

    private static CandleSeriesKey? ResolveKey(ParsedCandleFile file, CandleImportOptions options, List<ImportIssue> issues)
    {
        var (nameExchange, nameSymbol, nameTimeframe) = SeriesFileName.Parse(file.Path);
        var exchange = options.Exchange ?? nameExchange ?? (file.Layout == CandleCsvLayout.BinanceKline ? ExchangeId.Binance : null);
        var symbol = options.Symbol ?? nameSymbol;
        var timeframe = options.Timeframe ?? nameTimeframe ?? file.TimeframeFromCloseTimes;
        if (exchange is null) issues.Add(new ImportIssue(file.Name, 0, "cannot tell the exchange from the file name; pass --exchange"));
        if (symbol is null) issues.Add(new ImportIssue(file.Name, 0, "cannot tell the symbol from the file name; pass --symbol (e.g. BTC/USDT)"));
        if (timeframe is null) issues.Add(new ImportIssue(file.Name, 0, "cannot tell the timeframe from the file name; pass --timeframe (e.g. 5m)"));
        if (timeframe is { } tf && file.TimeframeFromCloseTimes is { } fromClose && tf != fromClose)
            issues.Add(new ImportIssue(file.Name, 0, $"the rows' close times say {fromClose.Name()} but the series is {tf.Name()}"));
        if (exchange is null || symbol is null || timeframe is null) return null;
        return new CandleSeriesKey(exchange.Value, symbol.Value, timeframe.Value);
    }

    private static CandleSeries? BuildSeries(CandleSeriesKey key, List<ParsedCandleFile> group, CandleImportOptions options, CandleStore? store, List<ImportIssue> issues)
    {
        var rows = new List<(Candle Candle, string File, int Line)>();
        foreach (var file in group)
        {
            for (var i = 0; i < file.Candles.Count; i++) rows.Add((file.Candles[i], file.Name, file.Lines[i]));
        }
        // Stable: rows with equal times keep file order, so a duplicate names its first and second occurrence.
        // Most files are already ascending; sorting them anyway costs more than parsing.
        var ordered = IsAscending(rows) ? rows : rows.OrderBy(r => r.Candle.OpenTimeMs).ToList();
        var before = issues.Count;
        for (var i = 0; i < ordered.Count && issues.Count < options.MaxIssues; i++)
        {
            var (candle, file, line) = ordered[i];
            if (key.Timeframe.FloorMs(candle.OpenTimeMs) != candle.OpenTimeMs)
                issues.Add(new ImportIssue(file, line, $"open time {candle.OpenTime:yyyy-MM-dd HH:mm:ss} UTC is not aligned to {key.Timeframe.Name()}"));
            if (i > 0 && ordered[i - 1].Candle.OpenTimeMs == candle.OpenTimeMs)
                issues.Add(new ImportIssue(file, line, $"duplicate candle for {candle.OpenTime:yyyy-MM-dd HH:mm} UTC (first at {ordered[i - 1].File}, line {ordered[i - 1].Line})"));
        }
        if (issues.Count > before) return null;

        var source = group.Count == 1 ? group[0].Name : $"{group[0].Name} … {group[^1].Name} ({group.Count} files)";
        IReadOnlyList<Candle> candles = ordered.Select(r => r.Candle).ToList();
        if (!options.Replace && store is not null && store.Exists(key))
        {
            var existing = store.Load(key);
            if (!existing.IsSuccess)
            {
                issues.Add(new ImportIssue(key.ToString(), 0, existing.Error.Message + " (or pass --replace)"));
                return null;
            }
            foreach (var (candle, file, line) in ordered)
            {
                var at = existing.Value.IndexOf(candle.OpenTimeMs);
                if (at >= 0 && existing.Value[at] != candle)
                {
                    issues.Add(new ImportIssue(file, line, $"differs from the stored candle for {candle.OpenTime:yyyy-MM-dd HH:mm} UTC ({existing.Value[at]}); pass --replace to overwrite the series"));
                    if (issues.Count >= options.MaxIssues) return null;
                }
            }
            if (issues.Count > before) return null;
            var merged = CandleMerge.Merge(key, existing.Value, candles, AppendOverlap.MustMatch);
            candles = merged.Value;
            var old = existing.Value.Info.Source;
            source = old.Split("; ").Contains(source) ? old : $"{old}; {source}";
        }
        var series = CandleSeries.Create(key, source, candles);
        if (series.IsSuccess) return series.Value;
        issues.Add(new ImportIssue(key.ToString(), 0, series.Error.Message));
        return null;
    }

    private static bool IsAscending(List<(Candle Candle, string File, int Line)> rows)
    {
        for (var i = 1; i < rows.Count; i++)
        {
            if (rows[i].Candle.OpenTimeMs < rows[i - 1].Candle.OpenTimeMs) return false;
        }
        return true;
    }
}
