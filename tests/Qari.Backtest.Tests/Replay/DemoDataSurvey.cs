using System.Globalization;
using System.Text;
using Qari.Analysis.Confluence;
using Qari.Analysis.Engine;
using Qari.Analysis.Layers;
using Qari.Analysis.Series;
using Qari.Backtest.Replay;
using Qari.Model.Ids;

namespace Qari.Backtest.Tests.Replay;

/// <summary>
/// The score survey of docs/analysis-layers.md: replays the whole shipped demo data (60 days of 5m for six pairs),
/// runs one analysis cycle every 5 minutes and tabulates what the analysis says — per-day best scores, each layer's
/// vote mix, the failure reasons and how many candidates pass at the default settings and at the demo's. A
/// measurement, not a unit test: it takes about a minute, so it is a Soak test (run it with
/// <c>dotnet test tests/Qari.Backtest.Tests --filter Category=Soak</c>); the table is written to
/// <c>demo-survey.txt</c> next to the test assembly.
/// </summary>
public class DemoDataSurvey
{
    [Fact]
    [Trait("Category", "Soak")]
    public void Survey_ShippedDemoData_WritesTable()
    {
        var data = GoldenRun.Load(BacktestSettings.Default);
        var text = Run(data);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "demo-survey.txt"), text);
        Assert.Contains("cycles", text, StringComparison.Ordinal);
    }

    /// <summary>
    /// The same survey over what <c>qari serve</c>'s demo scanner sees: it starts 30 days into the 5m data, warmed
    /// with 3 days of 5m and <paramref name="higherDays"/> days of 1h/4h/1d fetched from the simulator.
    /// </summary>
    [Theory]
    [Trait("Category", "Soak")]
    [InlineData(30)]
    [InlineData(500)]
    public void Survey_DemoScannerWarmUp_WritesTable(int higherDays)
    {
        const long Day = 86_400_000;
        var full = GoldenRun.Load(BacktestSettings.Default);
        var first = full.Max(d => d.Candles5m[0].OpenTimeMs) + (30 * Day);
        var now = first - (first % 300_000);
        // The loader gives the 1h/4h/1d candles closed before the 5m start; the scanner fetches only the last higherDays of them.
        var files = GoldenRun.Load(new BacktestSettings { FromMs = now - (3 * Day) });
        List<SymbolData> data = [.. files.Select(d => d with { WarmUp = [.. d.WarmUp.Where(w => w.Bar.OpenTimeMs >= now - (higherDays * Day))] })];
        var text = Run(data, countFromMs: now);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, $"demo-survey-scanner-{higherDays}d.txt"), text);
        Assert.Contains("cycles", text, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Category", "Soak")]
    public void Backtest_DefaultsAndGoldenOnShippedData_WritesTrades()
    {
        var sb = new StringBuilder();
        foreach (var (name, settings) in new[] { ("default settings, whole demo data", BacktestSettings.Default), ("golden slice", GoldenRun.Settings) })
        {
            var (run, report) = GoldenRun.Execute(settings);
            var st = report.Statistics;
            sb.AppendLine(CultureInfo.InvariantCulture, $"{name}: cycles {run.CyclesRun}, passing candidates {run.PassingCandidates}, closed {st.ClosedTrades} open {st.OpenTrades} unfilled {st.UnfilledEntries} wins {st.Wins} final {st.FinalEquity:0.00}");
            foreach (var (k, n) in run.GateRejections) sb.AppendLine(CultureInfo.InvariantCulture, $"  gate rejection {k}: {n}");
            foreach (var t in report.Trades)
                sb.AppendLine(CultureInfo.InvariantCulture,
                    $"  #{t.Id} {t.Symbol} {t.Status} opened {DateTimeOffset.FromUnixTimeMilliseconds(t.OpenedMs):u} entry {t.AverageEntry} stop {t.PlannedStop} PT1 {t.Target1} PT2 {t.Target2} R {t.RealisedR} ({t.Reason})");
        }
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "demo-backtest.txt"), sb.ToString());
        Assert.Contains("closed", sb.ToString(), StringComparison.Ordinal);
    }

    private static string Run(IReadOnlyList<SymbolData> data, long countFromMs = long.MinValue)
    {
        var analyzers = new List<KeyValuePair<Symbol, SymbolAnalyzer>>();
        foreach (var d in data)
        {
            var a = new SymbolAnalyzer();
            foreach (var (tf, bar) in d.WarmUp) Assert.True(a.AddHistory(tf, bar).IsSuccess);
            analyzers.Add(new(d.Symbol, a));
        }
        var layers = new LayerSet();
        var cycle = new AnalysisCycle(layers);
        var strict = new ConfluenceScorer();
        var demo = new ConfluenceScorer(new ConfluenceSettings(Threshold: 10, MinBullishLayers: 2));
        var votes = new int[12, 4];
        var failures = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var perDay = new SortedDictionary<string, double>(StringComparer.Ordinal);
        var scores = new List<double>();
        var planRr = new List<double>();
        long cycles = 0, passStrict = 0, passDemo = 0, passDemoNoRr = 0;
        var examples = new List<string>();
        var index = new int[data.Count];
        while (true)
        {
            var t = long.MaxValue;
            for (var i = 0; i < data.Count; i++)
                if (index[i] < data[i].Candles5m.Count) t = Math.Min(t, data[i].Candles5m[index[i]].OpenTimeMs);
            if (t == long.MaxValue) break;
            for (var i = 0; i < data.Count; i++)
                if (index[i] < data[i].Candles5m.Count && data[i].Candles5m[index[i]].OpenTimeMs == t)
                    Assert.True(analyzers[i].Value.Add(Bar.From(data[i].Candles5m[index[i]++])).IsSuccess);
            if (t + 300_000 <= countFromMs) continue;
            cycles++;
            var context = cycle.Context(analyzers, t + 300_000);
            var best = 0.0;
            foreach (var (symbol, a) in analyzers)
            {
                var verdicts = layers.Evaluate(new LayerInput(symbol, a, context));
                foreach (var v in verdicts) votes[(int)v.Layer, (int)v.Vote]++;
                var s = strict.Score(symbol, a.TimeMs, a.Price, verdicts, a.Liquidation.IsFlagged);
                var d = demo.Score(symbol, a.TimeMs, a.Price, verdicts, a.Liquidation.IsFlagged);
                best = Math.Max(best, s.Score);
                scores.Add(s.Score);
                if (s.Plan is { Target1: not null } p) planRr.Add(p.RiskReward);
                if (s.Passed) passStrict++;
                if (d.Passed)
                {
                    passDemo++;
                    if (examples.Count < 8 && cycles % 12 == 0) examples.Add(d.Explanation);
                }
                if (d.Failures.Count > 0 && d.Failures.All(f => f.StartsWith("risk/reward", StringComparison.Ordinal) || f.StartsWith("no structural target", StringComparison.Ordinal))) passDemoNoRr++;
                foreach (var f in s.Failures) failures[Key(f)] = failures.GetValueOrDefault(Key(f)) + 1;
            }
            var day = DateTimeOffset.FromUnixTimeMilliseconds(t).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            perDay[day] = Math.Max(perDay.GetValueOrDefault(day), best);
        }
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.AppendLine(inv, $"cycles {cycles}, symbol-evaluations {scores.Count}");
        sb.AppendLine(inv, $"passing at default (60, 3 layers, R/R 2): {passStrict}; at demo (10, 2 layers, R/R 2): {passDemo}; demo failing only on R/R or no PT1: {passDemoNoRr}");
        scores.Sort();
        sb.AppendLine(inv, $"score percentiles p50 {P(scores, 0.5):0.0} p90 {P(scores, 0.9):0.0} p99 {P(scores, 0.99):0.0} max {scores[^1]:0.0}");
        planRr.Sort();
        if (planRr.Count > 0) sb.AppendLine(inv, $"plans with PT1 {planRr.Count}: R/R p50 {P(planRr, 0.5):0.00} p90 {P(planRr, 0.9):0.00} max {planRr[^1]:0.00}; R/R>=2 {planRr.Count(r => r >= 2)}");
        sb.AppendLine("layer votes (bearish / neutral / bullish / abstain):");
        for (var l = 1; l <= 11; l++)
            sb.AppendLine(inv, $"  L{l}: {votes[l, (int)Vote.Bearish]} / {votes[l, (int)Vote.Neutral]} / {votes[l, (int)Vote.Bullish]} / {votes[l, (int)Vote.Abstain]}");
        sb.AppendLine("failures at default:");
        foreach (var (k, n) in failures.OrderByDescending(kv => kv.Value)) sb.AppendLine(inv, $"  {n,7} {k}");
        sb.AppendLine("best score per day:");
        foreach (var (d, s) in perDay) sb.AppendLine(inv, $"  {d} {s:0.0}");
        sb.AppendLine("examples passing at demo settings:");
        foreach (var e in examples) sb.AppendLine("  " + e);
        return sb.ToString();
    }

    private static double P(List<double> sorted, double q) => sorted[(int)Math.Min(sorted.Count - 1, q * sorted.Count)];

    private static string Key(string failure)
    {
        var chars = failure.ToCharArray();
        for (var i = 0; i < chars.Length; i++) if (char.IsAsciiDigit(chars[i])) chars[i] = '#';
        var key = new string(chars);
        while (key.Contains("##", StringComparison.Ordinal)) key = key.Replace("##", "#", StringComparison.Ordinal);
        return key.Replace("#.#", "#", StringComparison.Ordinal);
    }
}
