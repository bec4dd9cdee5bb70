using System.Text.RegularExpressions;
using Qari.Analysis.Engine;
using Qari.Analysis.Series;
using Qari.Model.Ids;
using Qari.Model.Market;
using Qari.Model.Results;
using Qari.Storage.Candles;

namespace Qari.Cli.Commands.Analyze;

/// <summary>
/// Loads a symbol's stored candles (<c>{exchange}_{BASE}{QUOTE}_{5m,1h,4h,1d}.csv[.gz]</c>) into a
/// <see cref="CandleTape"/> that feeds a fresh <see cref="SymbolAnalyzer"/>.
/// </summary>
internal static partial class SymbolTapes
{
    private static readonly Timeframe[] Files = [Timeframe.M5, Timeframe.H1, Timeframe.H4, Timeframe.D1];

    /// <summary>The USDT pairs with at least one candle file in the folder, sorted.</summary>
    public static IReadOnlyList<Symbol> Discover(string directory, ExchangeId exchange)
    {
        var prefix = exchange.ToString().ToLowerInvariant() + "_";
        return [.. Directory.EnumerateFiles(directory)
            .Select(Path.GetFileName)
            .Select(n => FileName().Match(n!))
            .Where(m => m.Success && m.Groups["ex"].Value + "_" == prefix)
            .Select(m => new Symbol(m.Groups["base"].Value, "USDT"))
            .Distinct()
            .OrderBy(s => s.ToString(), StringComparer.Ordinal)];
    }

    /// <summary>The tape of one symbol, or why it cannot be read (no file at all, unreadable file, bad order).</summary>
    public static Result<CandleTape> Load(string directory, ExchangeId exchange, Symbol symbol)
    {
        var bars = new Dictionary<Timeframe, IReadOnlyList<Bar>>();
        foreach (var tf in Files)
        {
            var stem = Path.Combine(directory, $"{exchange.ToString().ToLowerInvariant()}_{symbol.Base}{symbol.Quote}_{tf.Name()}");
            var path = File.Exists(stem + ".csv.gz") ? stem + ".csv.gz" : File.Exists(stem + ".csv") ? stem + ".csv" : null;
            if (path is null) continue;
            var read = CandleFiles.Read(path);
            if (!read.IsSuccess) return read.Error;
            bars[tf] = [.. read.Value.Select(c => Bar.From(c))];
        }
        if (bars.Count == 0)
            return Error.Validation("analyze.missing", $"{directory}: no candle file for {symbol} ({exchange.ToString().ToLowerInvariant()}_{symbol.Base}{symbol.Quote}_5m/1h/4h/1d.csv[.gz])");
        return new CandleTape(new SymbolAnalyzer(), bars.GetValueOrDefault(Timeframe.M5) ?? [],
            bars.GetValueOrDefault(Timeframe.H1), bars.GetValueOrDefault(Timeframe.H4), bars.GetValueOrDefault(Timeframe.D1));
    }

    [GeneratedRegex(@"^(?<ex>[a-z]+)_(?<base>[A-Z0-9]+)USDT_(5m|1h|4h|1d)\.csv(\.gz)?$")]
    private static partial Regex FileName();
}
