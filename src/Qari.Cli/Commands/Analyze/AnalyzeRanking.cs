using System.Globalization;
using Qari.Analysis.Engine;
using Qari.Model.Ids;

namespace Qari.Cli.Commands.Analyze;

/// <summary><c>qari analyze</c> without <c>--export</c>: replays stored candles up to a moment and prints the ranked candidates.</summary>
internal static class AnalyzeRanking
{
    public static int Run(string dataDirectory, ExchangeId exchange, string? symbolsText, string? atText, string format, TextWriter output, TextWriter errors)
    {
        if (format is not ("table" or "json")) return Fail(errors, $"--format must be table or json, not '{format}'");
        if (!Directory.Exists(dataDirectory)) return Fail(errors, $"{dataDirectory}: data folder not found");
        IReadOnlyList<Symbol> symbols;
        if (string.IsNullOrWhiteSpace(symbolsText)) symbols = SymbolTapes.Discover(dataDirectory, exchange);
        else
        {
            var list = new List<Symbol>();
            foreach (var part in symbolsText.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!Symbol.TryParse(part, out var s)) return Fail(errors, $"'{part}' is not a symbol of the form BASE/QUOTE, e.g. BTC/USDT");
                list.Add(s);
            }
            symbols = list;
        }
        if (symbols.Count == 0) return Fail(errors, $"{dataDirectory}: no {exchange.ToString().ToLowerInvariant()}_<BASE>USDT_<tf>.csv[.gz] files");

        var tapes = new List<KeyValuePair<Symbol, CandleTape>>();
        foreach (var symbol in symbols)
        {
            var tape = SymbolTapes.Load(dataDirectory, exchange, symbol);
            if (!tape.IsSuccess) return Fail(errors, tape.Error!.Message);
            tapes.Add(new(symbol, tape.Value));
        }
        var notes = new List<string>();
        // BTC drives L11 for every symbol, so it is analysed even when not asked for (and not listed).
        CandleTape? btcOnly = null;
        if (!symbols.Any(s => s.Base == "BTC"))
        {
            var btc = SymbolTapes.Load(dataDirectory, exchange, new Symbol("BTC", "USDT"));
            if (btc.IsSuccess) btcOnly = btc.Value;
            else notes.Add("no BTC/USDT candles: L11 (BTC context) abstains");
        }

        long atMs;
        if (string.IsNullOrWhiteSpace(atText))
        {
            // The latest moment every symbol has data for, so all are compared at the same close.
            atMs = tapes.Min(t => t.Value.EndMs);
            notes.Add($"--at not given: using the latest close common to all symbols");
        }
        else if (!TryParseTime(atText, out atMs)) return Fail(errors, $"'{atText}' is not a time (e.g. 2026-02-19T12:00Z or Unix milliseconds)");

        foreach (var (symbol, tape) in tapes)
        {
            var fed = tape.AdvanceTo(atMs);
            if (!fed.IsSuccess) return Fail(errors, $"{symbol}: {fed.Error!.Message}");
            if (tape.Analyzer.TimeMs < atMs - 3_600_000L)
                notes.Add($"{symbol}: newest candle closes {Stamp(tape.Analyzer.TimeMs)}, before the analysed moment");
        }
        var all = tapes.Select(t => new KeyValuePair<Symbol, SymbolAnalyzer>(t.Key, t.Value.Analyzer)).ToList();
        if (btcOnly is not null)
        {
            var fed = btcOnly.AdvanceTo(atMs);
            if (!fed.IsSuccess) return Fail(errors, $"BTC/USDT: {fed.Error!.Message}");
        }
        notes.Add("no order-book snapshots in stored data: L8 abstains");
        if (all.Count < Analysis.Layers.L05Sentiment.MinPairs)
            notes.Add($"breadth needs {Analysis.Layers.L05Sentiment.MinPairs}+ pairs and no Fear & Greed source is configured: L5 abstains");

        var cycle = new AnalysisCycle();
        var context = new Analysis.Layers.MarketContext(
            Breadth: AnalysisCycle.Breadth(all),
            Btc: AnalysisCycle.Btc(btcOnly is null ? all : [new(new Symbol("BTC", "USDT"), btcOnly.Analyzer)]));
        var ranked = cycle.Run(all, context);
        if (format == "json") CandidateReport.JsonOut(ranked, atMs, notes, output);
        else CandidateReport.Table(ranked, atMs, notes, output);
        return 0;
    }

    private static bool TryParseTime(string text, out long ms)
    {
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out ms)) return true;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t))
        {
            ms = t.ToUnixTimeMilliseconds();
            return true;
        }
        return false;
    }

    private static string Stamp(long ms) =>
        DateTimeOffset.FromUnixTimeMilliseconds(ms).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static int Fail(TextWriter errors, string message)
    {
        errors.WriteLine($"FAIL {message}");
        return 1;
    }
}
