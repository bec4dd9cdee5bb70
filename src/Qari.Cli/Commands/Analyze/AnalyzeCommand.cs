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
        var export = new Option<string>("--export") { Description = "CSV file to write (one row per closed candle, indicators then layer votes/points); needs --symbol and --timeframe." };
        var symbol = new Option<string>("--symbol") { Description = "Pair for --export, e.g. BTC/USDT." };
        var timeframe = new Option<string>("--timeframe") { Description = "Timeframe for --export: 5m, 15m, 1h, 4h, 1d (built from a lower one when its file is missing)." };
        var data = new Option<string>("--data") { Description = "Folder with {exchange}_{BASEQUOTE}_{tf}.csv[.gz] candle files.", DefaultValueFactory = _ => Path.Combine("demo", "data") };
        var exchange = new Option<string>("--exchange") { Description = "Exchange whose candles to read.", DefaultValueFactory = _ => "binance" };
        var symbols = new Option<string>("--symbols") { Description = "Pairs to rank, comma-separated (default: every USDT pair with files in --data)." };
        var at = new Option<string>("--at") { Description = "Moment to analyse (UTC, e.g. 2026-02-19T12:00Z, or Unix ms); default the latest close common to all pairs." };
        var format = new Option<string>("--format") { Description = "Ranking output: table or json.", DefaultValueFactory = _ => "table" };
        var command = new Command("analyze", "Rank the candidates with their 11 layer verdicts at a moment; --export writes indicators and layer votes per closed candle as CSV.")
        {
            export, symbol, timeframe, data, exchange, symbols, at, format,
        };
        command.Validators.Add(result =>
        {
            var exporting = result.GetValue(export) is not null;
            if (exporting && (result.GetValue(symbol) is null || result.GetValue(timeframe) is null))
                result.AddError("--export needs --symbol and --timeframe.");
            if (!exporting && (result.GetValue(symbol) is not null || result.GetValue(timeframe) is not null))
                result.AddError("--symbol and --timeframe belong to --export; to rank pairs use --symbols.");
        });
        command.SetAction(parse =>
        {
            if (parse.GetValue(export) is { } path)
                return Export(parse.GetValue(data)!, parse.GetValue(exchange)!, parse.GetValue(symbol)!, parse.GetValue(timeframe)!, path, Console.Out, Console.Error);
            if (!TryExchange(parse.GetValue(exchange)!, out var ex)) return Fail(Console.Error, UnknownExchange(parse.GetValue(exchange)!));
            return AnalyzeRanking.Run(parse.GetValue(data)!, ex, parse.GetValue(symbols), parse.GetValue(at), parse.GetValue(format)!, Console.Out, Console.Error);
        });
        return command;
    }

    private static bool TryExchange(string text, out ExchangeId exchange) =>
        Enum.TryParse(text, ignoreCase: true, out exchange) && Enum.IsDefined(exchange);

    private static string UnknownExchange(string text) =>
        $"unknown exchange '{text}' (one of: {string.Join(", ", Enum.GetNames<ExchangeId>()).ToLowerInvariant()})";

    internal static int Export(string dataDirectory, string exchangeText, string symbolText, string timeframeText, string exportPath, TextWriter output, TextWriter errors)
    {
        if (!TryExchange(exchangeText, out var exchange)) return Fail(errors, UnknownExchange(exchangeText));
        if (!Symbol.TryParse(symbolText, out var symbol))
            return Fail(errors, $"'{symbolText}' is not a symbol of the form BASE/QUOTE, e.g. BTC/USDT");
        if (!Timeframes.TryParse(timeframeText, out var timeframe))
            return Fail(errors, $"'{timeframeText}' is not a timeframe (1m, 5m, 15m, 1h, 4h, 1d)");

        var input = AnalysisInput.Load(dataDirectory, exchange, symbol, timeframe);
        if (!input.IsSuccess) return Fail(errors, input.Error.Message);

        var tape = SymbolTapes.Load(dataDirectory, exchange, symbol);
        if (!tape.IsSuccess) return Fail(errors, tape.Error!.Message);
        var btcSymbol = new Symbol("BTC", symbol.Quote);
        var btc = symbol.Base == "BTC" ? tape : SymbolTapes.Load(dataDirectory, exchange, btcSymbol);
        var exporter = new AnalysisCsvExporter([new IndicatorColumns(), new LayerColumns(symbol, timeframe, tape.Value, btc.IsSuccess ? btc.Value : null)]);
        int rows;
        try
        {
            using var writer = new StreamWriter(exportPath, append: false) { NewLine = "\n" };
            rows = exporter.Write(input.Value.Bars, writer);
        }
        catch (InvalidDataException ex)
        {
            return Fail(errors, $"{symbol}: {ex.Message}");
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
