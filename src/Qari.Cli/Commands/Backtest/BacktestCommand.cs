using System.CommandLine;
using System.Globalization;
using Qari.Backtest.LookAhead;
using Qari.Backtest.Replay;
using Qari.Backtest.Results;
using Qari.Model.Ids;

namespace Qari.Cli.Commands.Backtest;

/// <summary><c>qari backtest</c>: replays candles through the analysis and trading engine and writes a JSON and HTML report.</summary>
internal static class BacktestCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "Folder with {exchange}_{BASEQUOTE}_{tf}.csv[.gz] candle files (5m replayed; 1h/4h/1d warm up), or a candle store (.qc series).", DefaultValueFactory = _ => Path.Combine("demo", "data") };
        var store = new Option<string?>("--store") { Description = "Read the candles from this candle store (written by qari data import) instead of --data." };
        var exchange = new Option<string>("--exchange") { Description = "Exchange whose candles and fees to use.", DefaultValueFactory = _ => "binance" };
        var symbols = new Option<string>("--symbols") { Description = "Pairs, comma-separated, e.g. BTC/USDT,ETH/USDT (default: every pair with a 5m file)." };
        var from = new Option<string>("--from") { Description = "First candle (UTC date/time, e.g. 2026-01-01 or 2026-01-01T12:00Z, or Unix ms)." };
        var to = new Option<string>("--to") { Description = "End (exclusive), same forms as --from." };
        var balance = new Option<decimal>("--balance") { Description = "Starting quote balance.", DefaultValueFactory = _ => 10_000m };
        var output = new Option<string>("--out") { Description = "Output folder (default .qari/backtests/<exchange>-<symbols>-<period>)." };
        var threshold = new Option<double?>("--min-score") { Description = "Confluence score a candidate needs (default 60)." };
        var minLayers = new Option<int?>("--min-layers") { Description = "Independent bullish layers a candidate needs (default 3)." };
        var minRr = new Option<decimal?>("--min-rr") { Description = "Minimum risk/reward to PT1, for the analysis and the risk gate (default 2.0)." };
        var lookAhead = new Option<bool>("--lookahead-check") { Description = "Rerun on data cut at several points and compare decisions (look-ahead bias check)." };
        var pipeline = new Option<bool>("--pipeline") { Description = "Run the analysis on one thread ahead of the engine instead of in lanes over the cores (the earlier mode; same report)." };
        var command = new Command("backtest", "Replay historical 5m candles through the live analysis and trading engine with simulated fills; writes backtest-report.json and .html.")
        {
            data, store, exchange, symbols, from, to, balance, output, threshold, minLayers, minRr, lookAhead, pipeline,
        };
        command.SetAction(parse => Run(new BacktestOptions(parse.GetValue(data)!, parse.GetValue(exchange)!, parse.GetValue(symbols), parse.GetValue(from),
            parse.GetValue(to), parse.GetValue(balance), parse.GetValue(output), parse.GetValue(lookAhead))
        {
            MinScore = parse.GetValue(threshold), MinLayers = parse.GetValue(minLayers), MinRiskReward = parse.GetValue(minRr),
            Store = parse.GetValue(store), Pipeline = parse.GetValue(pipeline),
        }, Console.Out, Console.Error));
        return command;
    }

    internal static int Run(BacktestOptions options, TextWriter output, TextWriter errors)
    {
        var settings = options.ToSettings();
        if (!settings.IsSuccess) return Fail(errors, settings.Error.Message);
        // --data is read as a store too when it holds one (<exchange>/BASE-QUOTE/<tf>.qc).
        var loaded = options.Store is { } root ? BacktestDataLoader.LoadStore(root, settings.Value) : BacktestDataLoader.Load(options.Data, settings.Value);
        if (!loaded.IsSuccess) return Fail(errors, loaded.Error.Message);
        var progress = new ProgressBar(errors, TimeProvider.System);
        var run = new BacktestRunner(settings.Value, loaded.Value, progress.Report).Run();
        progress.Done();
        LookAheadResult? check = null;
        if (options.LookAheadCheck)
        {
            errors.WriteLine("look-ahead check: rerunning on truncated data…");
            check = LookAheadCheck.Run(settings.Value, loaded.Value, run.Decisions, cuts: 8);
        }
        var report = ReportBuilder.Build(run, check);
        var dir = options.Out ?? Path.Combine(".qari", "backtests", DefaultName(report));
        try
        {
            Directory.CreateDirectory(dir);
            File.WriteAllBytes(Path.Combine(dir, "backtest-report.json"), JsonReportWriter.Write(report));
            File.WriteAllText(Path.Combine(dir, "backtest-report.html"), HtmlReportWriter.Write(report, run));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Fail(errors, $"{dir}: cannot write the report ({ex.Message})");
        }
        Summary(report, dir, output);
        return check is { Passed: false } ? 3 : 0;
    }

    private static void Summary(BacktestReport r, string dir, TextWriter o)
    {
        var s = r.Statistics;
        var ic = CultureInfo.InvariantCulture;
        o.WriteLine(string.Create(ic, $"Backtest {r.Exchange} {string.Join(",", r.Symbols)} {Day(r.FromMs)} → {Day(r.ToMs)}: {r.CandlesReplayed} candles, {r.CyclesRun} cycles, {r.PassingCandidates} passing candidates"));
        o.WriteLine(string.Create(ic, $"  trades {s.ClosedTrades} closed, {s.OpenTrades} open, {s.UnfilledEntries} unfilled; win rate {s.WinRate:P1}; expectancy {s.ExpectancyR:0.###}R; profit factor {(s.ProfitFactor is { } pf ? pf.ToString("0.##", ic) : "n/a")}"));
        o.WriteLine(string.Create(ic, $"  equity {s.StartingEquity:0.00} → {s.FinalEquity:0.00} ({s.ReturnFraction:P2}); max drawdown {s.MaxDrawdown:P2}; Sharpe {Opt(s.Sharpe)}; Sortino {Opt(s.Sortino)}; exposure {s.Exposure:P1}; fees {s.FeesPaidQuote:0.00}"));
        if (s.ClosedTrades + s.OpenTrades + s.UnfilledEntries == 0 && r.CandidateFailures.Count > 0)
            o.WriteLine("  no trade; most frequent reasons candidates failed the confluence rule: "
                + string.Join("; ", r.CandidateFailures.OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).Take(3).Select(f => $"{f.Key} ({f.Value}×)")));
        if (r.LookAhead is { } la)
            o.WriteLine(la.Passed ? $"  look-ahead check: passed ({la.CutPointsMs.Count} cuts, {la.DecisionsCompared} decisions compared)"
                : $"  LOOK-AHEAD BIAS: {la.Differences.Count} difference(s), first: {la.Differences[0]}");
        o.WriteLine($"  report: {Path.Combine(dir, "backtest-report.html")} and backtest-report.json");
    }

    private static string Opt(double? v) => v is { } x ? x.ToString("0.##", CultureInfo.InvariantCulture) : "n/a";

    private static string Day(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    internal static string DefaultName(BacktestReport r)
    {
        var symbols = string.Join("-", r.Symbols.Select(s => s.Replace("/", "", StringComparison.Ordinal).ToLowerInvariant()));
        if (symbols.Length > 60) symbols = r.Symbols.Count.ToString(CultureInfo.InvariantCulture) + "symbols";
        return $"{r.Exchange.ToLowerInvariant()}-{symbols}-{DateTimeOffset.FromUnixTimeMilliseconds(r.FromMs):yyyyMMdd}-{DateTimeOffset.FromUnixTimeMilliseconds(r.ToMs):yyyyMMdd}";
    }

    private static int Fail(TextWriter errors, string message)
    {
        errors.WriteLine($"error: {message}");
        return 1;
    }
}
