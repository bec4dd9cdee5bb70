using System.Globalization;
using System.Net;
using System.Text;
using Qari.Backtest.Replay;
using Qari.Model.Market;

namespace Qari.Backtest.Results;

/// <summary>
/// Writes the self-contained HTML report: statistics, equity and drawdown, the R distribution, per-layer
/// contribution, and per trade a 1h candle chart with the zone, entries, exits, stop and targets plus the
/// explanation. Charts are inline SVG; the only script checks the charts rendered and then marks the page
/// (<c>data-ok="1"</c> on the body, title suffix "(ok)"), which the headless-browser test reads. No external URLs.
/// </summary>
public static class HtmlReportWriter
{
    /// <summary>Trades given their own candle chart (the table lists all of them).</summary>
    public const int MaxTradeCharts = 60;

    /// <summary>The HTML page.</summary>
    public static string Write(BacktestReport report, BacktestRun run)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(run);
        var s = report.Statistics;
        var h = new StringBuilder();
        h.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Qari backtest</title><style>")
            .Append("body{font-family:sans-serif;margin:20px;color:#222}table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #ccc;padding:3px 7px;font-size:13px;text-align:right}")
            .Append("th{background:#f0f0f0}td.l{text-align:left}.trade{border-top:1px solid #aaa;margin-top:16px;padding-top:8px}.expl{font-size:12px;color:#444;max-width:1000px}")
            .Append("</style></head><body>\n");
        h.Append("<h1>Qari backtest</h1><p>").Append(E($"{report.Exchange} · {string.Join(", ", report.Symbols)} · {Time(report.FromMs)} → {Time(report.ToMs)} UTC · {report.CandlesReplayed} candles · {report.CyclesRun} cycles · {report.PassingCandidates} passing candidates")).Append("</p>\n");
        h.Append("<table><tr><th>closed trades</th><th>open</th><th>unfilled</th><th>win rate</th><th>expectancy</th><th>profit factor</th><th>start</th><th>final equity</th><th>return</th><th>max drawdown</th><th>Sharpe</th><th>Sortino</th><th>exposure</th><th>trades/month</th><th>fees</th></tr><tr>")
            .Append(Td(s.ClosedTrades)).Append(Td(s.OpenTrades)).Append(Td(s.UnfilledEntries)).Append(Td(Pct(s.WinRate))).Append(Td(F(s.ExpectancyR, "0.###") + "R"))
            .Append(Td(s.ProfitFactor is { } pf ? F(pf, "0.##") : "n/a")).Append(Td(F(s.StartingEquity))).Append(Td(F(s.FinalEquity))).Append(Td(Pct(s.ReturnFraction)))
            .Append(Td(Pct(s.MaxDrawdown))).Append(Td(s.Sharpe is { } sh ? F(sh, "0.##") : "n/a")).Append(Td(s.Sortino is { } so ? F(so, "0.##") : "n/a"))
            .Append(Td(Pct(s.Exposure))).Append(Td(F(s.TradesPerMonth, "0.##"))).Append(Td(F(s.FeesPaidQuote))).Append("</tr></table>\n");
        if (report.LookAhead is { } la)
            h.Append("<p><b>Look-ahead check:</b> ").Append(la.Passed ? E($"passed ({la.CutPointsMs.Count} cuts, {la.DecisionsCompared} decisions compared)") : E($"FAILED: {la.Differences.Count} difference(s): {string.Join(" | ", la.Differences)}")).Append("</p>\n");
        EquityCharts(h, report);
        RDistribution(h, report);
        Layers(h, report);
        TradeTable(h, report);
        var candles = run.Data.ToDictionary(d => d.Symbol.ToString(), d => d.Candles5m);
        var charted = 0;
        foreach (var t in report.Trades.Where(t => t.Bought > 0))
        {
            if (charted++ >= MaxTradeCharts) { h.Append("<p>").Append(E($"Only the first {MaxTradeCharts} trades are charted.")).Append("</p>"); break; }
            TradeChart(h, t, candles[t.Symbol], report.ToMs);
        }
        h.Append("\n<script>\n(function(){var charts=document.querySelectorAll('svg.chart');var ok=charts.length>=3;")
            .Append("charts.forEach(function(c){if(c.childElementCount<2||c.getBBox().width<=0)ok=false;});")
            .Append("if(ok){document.body.setAttribute('data-ok','1');document.title=document.title+' (ok)';}})();\n</script>\n</body></html>\n");
        return h.ToString();
    }

    private static void EquityCharts(StringBuilder h, BacktestReport r)
    {
        var eq = r.Equity;
        if (eq.Count == 0) return;
        var x0 = eq[0].TimeMs;
        var x1 = eq[^1].TimeMs;
        var points = eq.Select(e => ((double)e.TimeMs, (double)e.Equity)).ToList();
        var chart = new SvgChart("equity", 1000, 260, x0, x1, points.Min(p => p.Item2), points.Max(p => p.Item2));
        chart.Line(points, "#1c71d8");
        DateLabels(chart, x0, x1);
        h.Append("<h2>Equity</h2>").Append(chart).Append('\n');
        var dd = eq.Select(e => ((double)e.TimeMs, -e.Drawdown * 100)).ToList();
        var ddChart = new SvgChart("drawdown", 1000, 160, x0, x1, Math.Min(-0.01, dd.Min(p => p.Item2)), 0);
        ddChart.Area(dd, 0, "#e01b2499");
        DateLabels(ddChart, x0, x1);
        h.Append("<h2>Drawdown (%)</h2>").Append(ddChart).Append('\n');
    }

    private static void DateLabels(SvgChart chart, long x0, long x1)
    {
        for (var i = 0; i <= 5; i++)
        {
            var x = x0 + ((x1 - x0) * i / 5);
            chart.XLabel(x, DateTimeOffset.FromUnixTimeMilliseconds(x).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }

    private static void RDistribution(StringBuilder h, BacktestReport r)
    {
        var rs = r.Trades.Where(t => t.Status == "closed").Select(t => (double)t.RealisedR).ToList();
        const double width = 0.5;
        var lo = rs.Count == 0 ? -1 : Math.Floor(Math.Min(-1, rs.Min()) / width) * width;
        var hi = rs.Count == 0 ? 1 : Math.Ceiling(Math.Max(1, rs.Max()) / width) * width;
        var bins = (int)Math.Round((hi - lo) / width);
        if (bins <= 0) bins = 1;
        var counts = new int[bins];
        foreach (var v in rs) counts[Math.Clamp((int)Math.Floor((v - lo) / width), 0, bins - 1)]++;
        var chart = new SvgChart("rdist", 1000, 200, lo, hi, 0, Math.Max(1, counts.Max()));
        for (var i = 0; i < bins; i++)
        {
            var a = lo + (i * width);
            chart.Bar(a, a + width, counts[i], a < 0 ? "#c01c28" : "#26a269", $"{F(a, "0.#")}R to {F(a + width, "0.#")}R: {counts[i]} trades");
        }
        for (var x = lo; x <= hi + 1e-9; x += Math.Max(width, (hi - lo) / 10)) chart.XLabel(x, F(x, "0.#") + "R");
        h.Append("<h2>R distribution (closed trades)</h2>").Append(chart).Append('\n');
    }

    private static void Layers(StringBuilder h, BacktestReport r)
    {
        h.Append("<h2>Per-layer contribution</h2><p>Closed trades split by whether the layer voted bullish at entry.</p><table><tr><th>layer</th><th>trades (bullish)</th><th>win rate</th><th>mean R</th><th>trades (not)</th><th>win rate</th><th>mean R</th></tr>");
        foreach (var l in r.Layers)
            h.Append("<tr><td class=\"l\">").Append(E(l.Layer)).Append("</td>").Append(Td(l.TradesBullish)).Append(Td(Pct(l.WinRateBullish))).Append(Td(F(l.ExpectancyRBullish, "0.###")))
                .Append(Td(l.TradesOther)).Append(Td(Pct(l.WinRateOther))).Append(Td(F(l.ExpectancyROther, "0.###"))).Append("</tr>");
        h.Append("</table>\n");
    }

    private static void TradeTable(StringBuilder h, BacktestReport r)
    {
        h.Append("<h2>Trades</h2><table><tr><th>#</th><th>symbol</th><th>opened</th><th>closed</th><th>status</th><th>score</th><th>avg entry</th><th>bought</th><th>P&amp;L</th><th>R</th><th>reason</th></tr>");
        foreach (var t in r.Trades)
            h.Append("<tr>").Append(Td(t.Id)).Append("<td class=\"l\">").Append(E(t.Symbol)).Append("</td>").Append(Td(Time(t.OpenedMs))).Append(Td(t.ClosedMs is { } c ? Time(c) : "–"))
                .Append(Td(t.Status)).Append(Td(F(t.Score, "0.0"))).Append(Td(F(t.AverageEntry, "0.########"))).Append(Td(F(t.Bought, "0.########"))).Append(Td(F(t.RealisedQuote)))
                .Append(Td(F(t.RealisedR, "0.###"))).Append("<td class=\"l\">").Append(E(t.Reason)).Append("</td></tr>");
        h.Append("</table>\n");
    }

    private static void TradeChart(StringBuilder h, TradeResult t, IReadOnlyList<Candle> candles, long endMs)
    {
        const long hour = 3_600_000L;
        var start = t.OpenedMs - (24 * hour);
        var end = Math.Min(endMs, (t.ClosedMs ?? endMs) + (12 * hour));
        if (end - start > 10 * 24 * hour) end = start + (10 * 24 * hour);
        var bars = new SortedDictionary<long, (double O, double H, double L, double C)>();
        foreach (var c in candles)
        {
            if (c.OpenTimeMs < start || c.OpenTimeMs >= end) continue;
            var key = c.OpenTimeMs - (c.OpenTimeMs % hour);
            bars[key] = bars.TryGetValue(key, out var b)
                ? (b.O, Math.Max(b.H, (double)c.High), Math.Min(b.L, (double)c.Low), (double)c.Close)
                : ((double)c.Open, (double)c.High, (double)c.Low, (double)c.Close);
        }
        if (bars.Count == 0) return;
        var levels = new List<double> { (double)t.ZoneLow, (double)t.ZoneHigh, (double)t.PlannedStop, (double)t.Target1 };
        levels.AddRange(t.StopMoves.Select(m => (double)m.To));
        var lo = Math.Min(bars.Values.Min(b => b.L), levels.Min());
        var hi = Math.Max(bars.Values.Max(b => b.H), levels.Max());
        if (t.Target2 is { } t2 && (double)t2 < hi * 1.5) hi = Math.Max(hi, (double)t2);
        var chart = new SvgChart($"trade-{t.Id}", 1000, 320, start, end, lo, hi);
        chart.Band((double)t.ZoneLow, (double)t.ZoneHigh, "#1c71d822", "entry zone");
        foreach (var (time, b) in bars) chart.Candle(time + (hour / 2), hour * 0.35, b.O, b.H, b.L, b.C);
        chart.Level((double)t.PlannedStop, "#c01c28", "stop " + SvgChart.Label((double)t.PlannedStop));
        if (t.StopMoves.Count > 0) chart.Level((double)t.StopMoves[^1].To, "#e66100", "last stop " + SvgChart.Label((double)t.StopMoves[^1].To));
        chart.Level((double)t.Target1, "#26a269", "PT1 " + SvgChart.Label((double)t.Target1));
        if (t.Target2 is { } pt2 && (double)pt2 <= hi) chart.Level((double)pt2, "#2ec27e", "PT2 " + SvgChart.Label((double)pt2));
        chart.Level((double)t.PlannedEntry, "#1c71d8", "entry " + SvgChart.Label((double)t.PlannedEntry));
        foreach (var f in t.Fills)
        {
            var buy = f.Side == "Buy";
            chart.Marker(f.TimeMs, (double)f.Price, buy, buy ? "#1a5fb4" : "#a51d2d", $"{f.Leg} {f.Side} {f.Quantity} @ {f.Price}");
        }
        DateLabels(chart, start, end);
        h.Append("<div class=\"trade\"><h3>").Append(E($"Trade {t.Id}: {t.Symbol} — {t.Status}, {F(t.RealisedR, "0.###")}R ({F(t.RealisedQuote)}), {t.Reason}")).Append("</h3>")
            .Append(chart).Append("<p class=\"expl\">").Append(E(t.Explanation)).Append("</p>");
        if (t.StopMoves.Count > 0)
            h.Append("<p class=\"expl\">Stop moves: ").Append(E(string.Join("; ", t.StopMoves.Select(m => $"{Time(m.TimeMs)} {m.From} → {m.To} ({m.Reason})")))).Append("</p>");
        h.Append("</div>\n");
    }

    private static string Td(object value) => "<td>" + E(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "") + "</td>";

    private static string E(string s) => WebUtility.HtmlEncode(s);

    private static string F(double v, string format) => v.ToString(format, CultureInfo.InvariantCulture);

    private static string F(decimal v, string format = "0.00") => v.ToString(format, CultureInfo.InvariantCulture);

    private static string Pct(double v) => (v * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    private static string Time(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
