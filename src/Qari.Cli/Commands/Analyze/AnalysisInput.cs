using Qari.Analysis.Series;
using Qari.Model.Ids;
using Qari.Model.Market;
using Qari.Model.Results;
using Qari.Storage.Candles;

namespace Qari.Cli.Commands.Analyze;

/// <summary>
/// Finds the candles to analyse in a data folder (<c>{exchange}_{BASE}{QUOTE}_{tf}.csv[.gz]</c>). When the
/// timeframe has no file (e.g. 15m, which the shipped data leaves out) it is built from the longest lower timeframe
/// that has one and divides it; candles cut by missing input are kept and counted.
/// </summary>
internal sealed record AnalysisInput(IReadOnlyList<Bar> Bars, string Source, int IncompleteCandles, long MissingInputs)
{
    public static Result<AnalysisInput> Load(string dataDirectory, ExchangeId exchange, Symbol symbol, Timeframe timeframe)
    {
        if (!Directory.Exists(dataDirectory)) return Error.Validation("analyze.data", $"{dataDirectory}: data folder not found");
        var direct = FindFile(dataDirectory, exchange, symbol, timeframe);
        if (direct is not null)
        {
            var read = CandleFiles.Read(direct);
            if (!read.IsSuccess) return read.Error;
            return new AnalysisInput(read.Value.Select(c => Bar.From(c)).ToList(), Path.GetFileName(direct), 0, 0);
        }
        var lower = Enum.GetValues<Timeframe>()
            .Where(tf => tf < timeframe && (int)timeframe % (int)tf == 0)
            .OrderByDescending(tf => tf)
            .Select(tf => (Timeframe: tf, Path: FindFile(dataDirectory, exchange, symbol, tf)))
            .FirstOrDefault(x => x.Path is not null);
        if (lower.Path is null)
            return Error.Validation("analyze.missing", $"{dataDirectory}: no {FileStem(exchange, symbol, timeframe)}.csv[.gz] and no lower-timeframe file to build it from");
        var lowerRead = CandleFiles.Read(lower.Path);
        if (!lowerRead.IsSuccess) return lowerRead.Error;
        return Aggregate(lowerRead.Value, lower.Timeframe, timeframe, Path.GetFileName(lower.Path));
    }

    private static Result<AnalysisInput> Aggregate(IReadOnlyList<Candle> candles, Timeframe from, Timeframe to, string source)
    {
        var aggregator = new TimeframeAggregator(from, to);
        var bars = new List<Bar>(candles.Count / aggregator.ExpectedInputs + 1);
        int incomplete = 0;
        long missing = 0;
        foreach (var candle in candles)
        {
            var step = aggregator.Add(Bar.From(candle));
            if (!step.IsSuccess) return step.Error;
            missing += step.Value.Gap?.MissingCount ?? 0;
            foreach (var closed in new[] { step.Value.ClosedBeforeGap, step.Value.Closed })
            {
                if (closed is not { } c) continue;
                if (!c.IsComplete) incomplete++;
                bars.Add(c.Bar);
            }
        }
        // The last period stays open when its final input is absent: it is not closed, so it is not exported.
        return new AnalysisInput(bars, $"{source} aggregated {from.Name()}→{to.Name()}", incomplete, missing);
    }

    private static string? FindFile(string directory, ExchangeId exchange, Symbol symbol, Timeframe timeframe)
    {
        var stem = Path.Combine(directory, FileStem(exchange, symbol, timeframe));
        if (File.Exists(stem + ".csv.gz")) return stem + ".csv.gz";
        return File.Exists(stem + ".csv") ? stem + ".csv" : null;
    }

    private static string FileStem(ExchangeId exchange, Symbol symbol, Timeframe timeframe) =>
        $"{exchange.ToString().ToLowerInvariant()}_{symbol.Base}{symbol.Quote}_{timeframe.Name()}";
}
