using Qari.Model.Ids;
using Qari.Model.Market;
using Qari.Model.Results;
using Qari.Storage.Candles;

namespace Qari.Simulator.Feed;

/// <summary>
/// Candle history per (symbol, timeframe) from Qari's CSV files (<c>binance_BTCUSDT_1d.csv[.gz]</c>).
/// Timeframes without a file are aggregated from the finest finer one that divides them.
/// </summary>
public sealed class CandleLibrary
{
    private static readonly string[] Quotes = ["USDT", "USDC", "FDUSD", "BUSD", "USD", "EUR", "BTC", "ETH"];
    private readonly Dictionary<(Symbol, Timeframe), IReadOnlyList<Candle>> _series = [];

    /// <summary>Symbols with history.</summary>
    public IReadOnlyList<Symbol> Symbols => _series.Keys.Select(k => k.Item1).Distinct().OrderBy(s => s.ToString(), StringComparer.Ordinal).ToList();

    /// <summary>Loads every candle file in <paramref name="directory"/>; files that do not parse are reported, not skipped silently.</summary>
    public static Result<CandleLibrary> Load(string directory)
    {
        var library = new CandleLibrary();
        if (!Directory.Exists(directory)) return Error.Validation("data.missing", $"{directory}: data directory not found");
        foreach (var path in Directory.EnumerateFiles(directory).Order(StringComparer.Ordinal))
        {
            if (!TryParseName(Path.GetFileName(path), out var symbol, out var timeframe)) continue;
            var candles = CandleFiles.Read(path);
            if (!candles.IsSuccess) return candles.Error;
            library.Add(symbol, timeframe, candles.Value);
        }
        return library;
    }

    /// <summary>Adds a series (sorted by open time).</summary>
    public void Add(Symbol symbol, Timeframe timeframe, IReadOnlyList<Candle> candles) =>
        _series[(symbol, timeframe)] = candles.OrderBy(c => c.OpenTimeMs).ToList();

    /// <summary>The series of a timeframe (aggregated when needed), or empty.</summary>
    public IReadOnlyList<Candle> Series(Symbol symbol, Timeframe timeframe)
    {
        if (_series.TryGetValue((symbol, timeframe), out var direct)) return direct;
        var finer = _series.Keys.Where(k => k.Item1 == symbol && k.Item2 < timeframe && (int)timeframe % (int)k.Item2 == 0)
            .Select(k => k.Item2).OrderDescending().FirstOrDefault();
        if (finer == default) return [];
        var aggregated = Aggregate(_series[(symbol, finer)], timeframe);
        _series[(symbol, timeframe)] = aggregated;
        return aggregated;
    }

    /// <summary>The finest series of a symbol (what the replay plays), or empty.</summary>
    public (Timeframe Timeframe, IReadOnlyList<Candle> Candles) Finest(Symbol symbol)
    {
        var tf = _series.Keys.Where(k => k.Item1 == symbol).Select(k => k.Item2).Order().FirstOrDefault();
        return tf == default ? (Timeframe.D1, []) : (tf, _series[(symbol, tf)]);
    }

    /// <summary>Parses <c>exchange_BASEQUOTE_tf.csv[.gz]</c>.</summary>
    public static bool TryParseName(string fileName, out Symbol symbol, out Timeframe timeframe)
    {
        symbol = default;
        timeframe = default;
        var name = fileName.EndsWith(".csv.gz", StringComparison.OrdinalIgnoreCase) ? fileName[..^7]
            : fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? fileName[..^4] : null;
        var parts = name?.Split('_');
        if (parts is not { Length: 3 } || !Timeframes.TryParse(parts[2], out timeframe)) return false;
        var pair = parts[1].ToUpperInvariant();
        foreach (var quote in Quotes)
        {
            if (pair.Length > quote.Length && pair.EndsWith(quote, StringComparison.Ordinal) && pair[..^quote.Length].All(char.IsAsciiLetterOrDigit))
            {
                symbol = new Symbol(pair[..^quote.Length], quote);
                return true;
            }
        }
        return false;
    }

    private static List<Candle> Aggregate(IReadOnlyList<Candle> source, Timeframe timeframe)
    {
        var result = new List<Candle>();
        foreach (var group in source.GroupBy(c => timeframe.FloorMs(c.OpenTimeMs)))
        {
            var items = group.ToList();
            result.Add(new Candle(group.Key, items[0].Open, items.Max(c => c.High), items.Min(c => c.Low), items[^1].Close, items.Sum(c => c.Volume)));
        }
        return result;
    }
}
