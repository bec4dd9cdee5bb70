using System.CommandLine;
using Qari.Model.Ids;
using Qari.Model.Market;
using Symbol = Qari.Model.Ids.Symbol;
using Qari.Storage.Candles;
using Qari.Storage.Candles.Import;

namespace Qari.Cli.Commands.Data;

/// <summary><c>qari data import FILE…</c>: checks candle CSV files and stores them, all or nothing.</summary>
internal static class DataImportCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "Candle files: Qari CSV or Binance kline dumps (.csv, .csv.gz, .zip).", Arity = ArgumentArity.OneOrMore };
        var store = CandleStoreOption.Create();
        var exchange = new Option<string?>("--exchange") { Description = "Exchange, when the file name does not say (binance, bybit, okx, kucoin, gate, bitget, kraken, coinbase)." };
        var symbol = new Option<string?>("--symbol") { Description = "Symbol such as BTC/USDT, when the file name does not say." };
        var timeframe = new Option<string?>("--timeframe") { Description = "Timeframe (1m,5m,15m,1h,4h,1d), when the file name does not say." };
        var replace = new Option<bool>("--replace") { Description = "Replace stored series instead of merging (a merge refuses candles that differ from stored ones)." };
        var check = new Option<bool>("--check") { Description = "Only check the files; write nothing." };
        var command = new Command("import", "Check candle files (layout, numbers, OHLC sanity, alignment, duplicates) and store them; any problem and nothing is written.")
        {
            files, store, exchange, symbol, timeframe, replace, check,
        };
        command.SetAction(parse =>
        {
            var options = BuildOptions(parse.GetValue(exchange), parse.GetValue(symbol), parse.GetValue(timeframe), parse.GetValue(replace), Console.Error);
            if (options is null) return 2;
            return Run(new CandleStore(parse.GetValue(store)!), parse.GetValue(files)!, options, parse.GetValue(check), Console.Out);
        });
        return command;
    }

    internal static int Run(CandleStore store, IReadOnlyList<string> files, CandleImportOptions options, bool checkOnly, TextWriter output)
    {
        var result = checkOnly ? CandleImporter.Check(files, options, store) : CandleImporter.Import(store, files, options);
        if (!result.Succeeded)
        {
            output.WriteLine($"FAIL nothing was written; {result.Issues.Count} problem(s){(result.Issues.Count >= options.MaxIssues ? " (showing the first ones)" : "")}:");
            foreach (var issue in result.Issues) output.WriteLine($"  {issue}");
            return 1;
        }
        foreach (var info in result.Series)
        {
            output.WriteLine($"{(checkOnly ? "OK  " : "OK   stored")} {DataFormat.Summary(info)}{(checkOnly ? "" : $" → {store.PathOf(info.Key)}")}");
        }
        return 0;
    }

    private static CandleImportOptions? BuildOptions(string? exchangeText, string? symbolText, string? timeframeText, bool replace, TextWriter error)
    {
        ExchangeId? exchange = null;
        Symbol? symbol = null;
        Timeframe? timeframe = null;
        if (exchangeText is not null)
        {
            if (!ExchangeIds.TryParse(exchangeText, out var e)) return Bad(error, $"unknown exchange '{exchangeText}'");
            exchange = e;
        }
        if (symbolText is not null)
        {
            if (!Symbol.TryParse(symbolText, out var s) && !SeriesFileName.TrySplitPair(symbolText, out s)) return Bad(error, $"'{symbolText}' is not a symbol like BTC/USDT");
            symbol = s;
        }
        if (timeframeText is not null)
        {
            if (!Timeframes.TryParse(timeframeText, out var tf)) return Bad(error, $"unknown timeframe '{timeframeText}' (1m,5m,15m,1h,4h,1d)");
            timeframe = tf;
        }
        return new CandleImportOptions(exchange, symbol, timeframe, replace);
    }

    private static CandleImportOptions? Bad(TextWriter error, string message)
    {
        error.WriteLine(message);
        return null;
    }
}
