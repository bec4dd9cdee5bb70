using System.CommandLine;
using System.Globalization;
using Qari.Model.Ids;
using Symbol = Qari.Model.Ids.Symbol;
using Qari.Model.Market;

namespace Qari.Cli.Commands.Analyze;

/// <summary><c>qari analyze --export FILE …</c>: runs the analysis over stored candles and writes one CSV row per closed candle.</summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var export = new Option<string>("--export") { Description = "CSV file to write (one row per closed candle).", Required = true };
        var symbol = new Option<string>("--symbol") { Description = "Pair, e.g. BTC/USDT.", Required = true };
        var timeframe = new Option<string>("--timeframe") { Description = "Timeframe: 5m, 15m, 1h, 4h, 1d (built from a lower one when its file is missing).", Required = true };
        var data = new Option<string>("--data") { Description = "Folder with {exchange}_{BASEQUOTE}_{tf}.csv[.gz] candle files.", Required = true };
        var exchange = new Option<string>("--exchange") { Description = "Exchange whose candles to read.", DefaultValueFactory = _ => "binance" };
        var command = new Command("analyze", "Analyse stored candles; --export writes the indicator values per closed candle as CSV.")
        {
            export, symbol, timeframe, data, exchange,
        };
        command.SetAction(parse => Export(
            parse.GetValue(data)!, parse.GetValue(exchange)!, parse.GetValue(symbol)!, parse.GetValue(timeframe)!,
            parse.GetValue(export)!, Console.Out, Console.Error));
        return command;
    }

    internal static int Export(string dataDirectory, string exchangeText, string symbolText, string timeframeText, string exportPath, TextWriter output, TextWriter errors)
    {
        if (!Enum.TryParse<ExchangeId>(exchangeText, ignoreCase: true, out var exchange) || !Enum.IsDefined(exchange))
            return Fail(errors, $"unknown exchange '{exchangeText}' (one of: {string.Join(", ", Enum.GetNames<ExchangeId>()).ToLowerInvariant()})");
        if (!Symbol.TryParse(symbolText, out var symbol))
            return Fail(errors, $"'{symbolText}' is not a symbol of the form BASE/QUOTE, e.g. BTC/USDT");
        if (!Timeframes.TryParse(timeframeText, out var timeframe))
            return Fail(errors, $"'{timeframeText}' is not a timeframe (1m, 5m, 15m, 1h, 4h, 1d)");

        var input = AnalysisInput.Load(dataDirectory, exchange, symbol, timeframe);
        if (!input.IsSuccess) return Fail(errors, input.Error.Message);

        var exporter = new AnalysisCsvExporter([new IndicatorColumns()]);
        int rows;
        try
        {
            using var writer = new StreamWriter(exportPath, append: false) { NewLine = "\n" };
            rows = exporter.Write(input.Value.Bars, writer);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Fail(errors, $"{exportPath}: cannot write ({ex.Message})");
        }

        var bars = input.Value.Bars;
        var span = bars.Count == 0
            ? "no candles"
            : $"{Stamp(bars[0].OpenTimeMs)} → {Stamp(bars[^1].OpenTimeMs)} UTC";
        output.WriteLine($"Wrote {rows} rows ({symbol} {timeframe.Name()}, {span}) from {input.Value.Source} to {exportPath}");
        if (input.Value.IncompleteCandles > 0 || input.Value.MissingInputs > 0)
            output.WriteLine($"Note: {input.Value.MissingInputs} input candles were missing; {input.Value.IncompleteCandles} exported candle(s) were built from incomplete input.");
        return 0;
    }

    private static string Stamp(long ms) =>
        DateTimeOffset.FromUnixTimeMilliseconds(ms).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static int Fail(TextWriter errors, string message)
    {
        errors.WriteLine($"FAIL {message}");
        return 1;
    }
}
