using Qari.Analysis.Series;
using Qari.Model.Ids;
using Qari.Model.Market;
using Qari.Model.Results;
using Qari.Storage.Candles;
using Qari.Storage.Candles.Import;
using StoredSeries = Qari.Storage.Candles.CandleSeries;

namespace Qari.Backtest.Replay;

/// <summary>
/// Loads one exchange's candles for a backtest: the 5m series of each symbol plus 1h/4h/1d warm-up candles that
/// closed before the replayed 5m stream begins. The candles come from a directory of candle files
/// (<c>&lt;exchange&gt;_&lt;SYMBOL&gt;_&lt;tf&gt;.csv[.gz]</c>) or from a candle store (<c>&lt;root&gt;/&lt;exchange&gt;/BASE-QUOTE/&lt;tf&gt;.qc</c>,
/// written by <c>qari data import</c>); both give the same candles, with decimals in one canonical form (no trailing
/// zeros), so the same data gives the same backtest byte for byte. All I/O of a backtest happens here.
/// </summary>
public static class BacktestDataLoader
{
    private static readonly Timeframe[] WarmUpTimeframes = [Timeframe.D1, Timeframe.H4, Timeframe.H1];

    /// <summary>
    /// The symbols' data in symbol order, or why it cannot be loaded. A directory holding a candle store for the
    /// settings' exchange is read as a store, any other as a directory of candle files.
    /// </summary>
    public static Result<IReadOnlyList<SymbolData>> Load(string directory, BacktestSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!Directory.Exists(directory)) return Error.Validation("backtest.data", $"data directory '{directory}' does not exist");
        return IsStore(directory, settings.Exchange) ? LoadStore(directory, settings) : Load(CsvFiles(directory, settings.Exchange), directory, settings);
    }

    /// <summary>The symbols' data read from the candle store at <paramref name="root"/>, or why it cannot be loaded.</summary>
    public static Result<IReadOnlyList<SymbolData>> LoadStore(string root, BacktestSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!Directory.Exists(root)) return Error.Validation("backtest.store", $"candle store '{root}' does not exist");
        var files = StoreFiles(root, settings.Exchange);
        if (files.Count == 0)
            return Error.Validation("backtest.store", $"no {settings.Exchange.Name()} series in the candle store '{root}' (import some with: qari data import --store {root} FILES)");
        return Load(files, root, settings);
    }

    /// <summary>True when <paramref name="directory"/> holds stored series of <paramref name="exchange"/> (<c>&lt;exchange&gt;/*/*.qc</c>).</summary>
    public static bool IsStore(string directory, ExchangeId exchange)
    {
        var folder = Path.Combine(directory, exchange.Name());
        return Directory.Exists(folder)
            && Directory.EnumerateDirectories(folder).Any(d => Directory.EnumerateFiles(d, "*" + CandleStore.Extension).Any());
    }

    private static Result<IReadOnlyList<SymbolData>> Load(Dictionary<(Symbol, Timeframe), string> files, string directory, BacktestSettings settings)
    {
        var symbols = settings.Symbols ?? [.. files.Keys.Where(k => k.Item2 == Timeframe.M5).Select(k => k.Item1)];
        var result = new List<SymbolData>();
        foreach (var symbol in symbols.Distinct().OrderBy(s => s.ToString(), StringComparer.Ordinal))
        {
            if (!files.TryGetValue((symbol, Timeframe.M5), out var path5m))
                return Error.Validation("backtest.data", $"no 5m candles for {symbol} on {settings.Exchange.Name()} in '{directory}'");
            var candles = Read(path5m, settings.FromMs ?? long.MinValue, settings.ToMs ?? long.MaxValue);
            if (!candles.IsSuccess) return candles.Error;
            var replayed = candles.Value;
            if (replayed.Count == 0) continue;
            var startMs = replayed[0].OpenTimeMs;
            var warmUp = new List<(Timeframe, Bar)>();
            foreach (var tf in WarmUpTimeframes)
            {
                if (!files.TryGetValue((symbol, tf), out var path)) continue;
                // Only candles closed when the replay starts: anything later would be look-ahead.
                var higher = Read(path, long.MinValue, startMs - tf.Milliseconds() + 1);
                if (!higher.IsSuccess) return higher.Error;
                foreach (var c in higher.Value) warmUp.Add((tf, Bar.From(c)));
            }
            result.Add(new SymbolData(symbol, replayed, warmUp, InstrumentGuess.From(replayed)));
        }
        if (result.Count == 0) return Error.Validation("backtest.data", $"no 5m candles for {settings.Exchange.Name()} in '{directory}' within the period");
        return result;
    }

    private static Dictionary<(Symbol, Timeframe), string> CsvFiles(string directory, ExchangeId exchange)
    {
        var files = new Dictionary<(Symbol, Timeframe), string>();
        foreach (var path in Directory.EnumerateFiles(directory).Order(StringComparer.Ordinal))
        {
            if (path.EndsWith(CandleStore.Extension, StringComparison.Ordinal)) continue;
            var (e, symbol, timeframe) = SeriesFileName.Parse(path);
            if (e != exchange || symbol is not { } s || timeframe is not { } tf) continue;
            files.TryAdd((s, tf), path);
        }
        return files;
    }

    private static Dictionary<(Symbol, Timeframe), string> StoreFiles(string root, ExchangeId exchange)
    {
        var files = new Dictionary<(Symbol, Timeframe), string>();
        var folder = Path.Combine(root, exchange.Name());
        if (!Directory.Exists(folder)) return files;
        foreach (var dir in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            // CandleSeriesKey.SymbolFolder writes BASE-QUOTE: an asset code never holds a dash.
            if (!Symbol.TryParse(Path.GetFileName(dir).Replace('-', '/'), out var symbol)) continue;
            foreach (var path in Directory.EnumerateFiles(dir, "*" + CandleStore.Extension).Order(StringComparer.Ordinal))
                if (Timeframes.TryParse(Path.GetFileNameWithoutExtension(path), out var tf)) files.TryAdd((symbol, tf), path);
        }
        return files;
    }

    /// <summary>The candles opening in [<paramref name="fromMs"/>, <paramref name="toMs"/>), ascending, one per open time, canonical decimals.</summary>
    private static Result<IReadOnlyList<Candle>> Read(string path, long fromMs, long toMs) =>
        path.EndsWith(CandleStore.Extension, StringComparison.Ordinal) ? ReadStored(path, fromMs, toMs) : ReadCsv(path, fromMs, toMs);

    private static Result<IReadOnlyList<Candle>> ReadStored(string path, long fromMs, long toMs)
    {
        var loaded = CandleStore.LoadFile(path);
        if (!loaded.IsSuccess) return Error.Validation("backtest.store", loaded.Error.Message);
        var series = loaded.Value;
        var first = LowerBound(series, fromMs);
        var end = LowerBound(series, toMs);
        var candles = new Candle[Math.Max(0, end - first)];
        for (var i = 0; i < candles.Length; i++) candles[i] = CanonicalDecimal.Of(series[first + i]);
        return candles;
    }

    private static Result<IReadOnlyList<Candle>> ReadCsv(string path, long fromMs, long toMs)
    {
        var (file, issues) = CandleFileReader.Read(path);
        if (file is null)
            return Error.Validation("backtest.data", $"{Path.GetFileName(path)}: {(issues.Count > 0 ? issues[0].ToString() : "unreadable")}");
        var sorted = file.Candles.OrderBy(c => c.OpenTimeMs).ToArray();
        var unique = new List<Candle>(sorted.Length);
        foreach (var c in sorted)
            if ((unique.Count == 0 || unique[^1].OpenTimeMs != c.OpenTimeMs) && c.OpenTimeMs >= fromMs && c.OpenTimeMs < toMs)
                unique.Add(CanonicalDecimal.Of(c));
        // An array, as the store's reader gives: the replay reads candles in place from arrays (no copy per read).
        return unique.ToArray();
    }

    private static int LowerBound(StoredSeries series, long timeMs)
    {
        var i = series.IndexOf(timeMs);
        return i >= 0 ? i : ~i;
    }
}
