using Qari.Analysis.Series;
using Qari.Model.Ids;
using Qari.Model.Market;
using Qari.Model.Results;
using Qari.Storage.Candles.Import;

namespace Qari.Backtest.Replay;

/// <summary>
/// Loads a directory of candle files (<c>&lt;exchange&gt;_&lt;SYMBOL&gt;_&lt;tf&gt;.csv[.gz]</c>) for one exchange: the 5m
/// series of each symbol plus 1h/4h/1d warm-up candles that closed before the replayed 5m stream begins. All I/O
/// of a backtest happens here, before the replay starts.
/// </summary>
public static class BacktestDataLoader
{
    private static readonly Timeframe[] WarmUpTimeframes = [Timeframe.D1, Timeframe.H4, Timeframe.H1];

    /// <summary>The symbols' data in symbol order, or why it cannot be loaded.</summary>
    public static Result<IReadOnlyList<SymbolData>> Load(string directory, BacktestSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!Directory.Exists(directory)) return Error.Validation("backtest.data", $"data directory '{directory}' does not exist");
        var files = new Dictionary<(Symbol, Timeframe), string>();
        foreach (var path in Directory.EnumerateFiles(directory).Order(StringComparer.Ordinal))
        {
            var (exchange, symbol, timeframe) = SeriesFileName.Parse(path);
            if (exchange != settings.Exchange || symbol is not { } s || timeframe is not { } tf) continue;
            files.TryAdd((s, tf), path);
        }
        var symbols = settings.Symbols ?? [.. files.Keys.Where(k => k.Item2 == Timeframe.M5).Select(k => k.Item1)];
        var result = new List<SymbolData>();
        foreach (var symbol in symbols.Distinct().OrderBy(s => s.ToString(), StringComparer.Ordinal))
        {
            if (!files.TryGetValue((symbol, Timeframe.M5), out var path5m))
                return Error.Validation("backtest.data", $"no 5m candle file for {symbol} on {settings.Exchange.Name()} in '{directory}'");
            var candles = Read(path5m);
            if (!candles.IsSuccess) return candles.Error;
            var replayed = candles.Value
                .Where(c => (settings.FromMs is not { } from || c.OpenTimeMs >= from) && (settings.ToMs is not { } to || c.OpenTimeMs < to))
                .ToArray();
            if (replayed.Length == 0) continue;
            var startMs = replayed[0].OpenTimeMs;
            var warmUp = new List<(Timeframe, Bar)>();
            foreach (var tf in WarmUpTimeframes)
            {
                if (!files.TryGetValue((symbol, tf), out var path)) continue;
                var higher = Read(path);
                if (!higher.IsSuccess) return higher.Error;
                // Only candles closed when the replay starts: anything later would be look-ahead.
                foreach (var c in higher.Value)
                    if (c.OpenTimeMs + tf.Milliseconds() <= startMs) warmUp.Add((tf, Bar.From(c)));
            }
            result.Add(new SymbolData(symbol, replayed, warmUp, InstrumentGuess.From(replayed)));
        }
        if (result.Count == 0) return Error.Validation("backtest.data", $"no 5m candles for {settings.Exchange.Name()} in '{directory}' within the period");
        return result;
    }

    private static Result<IReadOnlyList<Candle>> Read(string path)
    {
        var (file, issues) = CandleFileReader.Read(path);
        if (file is null)
            return Error.Validation("backtest.data", $"{Path.GetFileName(path)}: {(issues.Count > 0 ? issues[0].ToString() : "unreadable")}");
        var sorted = file.Candles.OrderBy(c => c.OpenTimeMs).ToArray();
        var unique = new List<Candle>(sorted.Length);
        foreach (var c in sorted)
            if (unique.Count == 0 || unique[^1].OpenTimeMs != c.OpenTimeMs) unique.Add(c);
        return unique;
    }
}
