using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Qari.Backtest.Results;

/// <summary>
/// Writes a <see cref="BacktestReport"/> as indented JSON with a fixed key order and invariant number formatting, so
/// two runs of the same backtest produce byte-identical files. Times are Unix milliseconds UTC.
/// </summary>
public static class JsonReportWriter
{
    /// <summary>The report as UTF-8 JSON bytes.</summary>
    public static byte[] Write(BacktestReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("exchange", report.Exchange);
            w.WriteStartArray("symbols");
            foreach (var s in report.Symbols) w.WriteStringValue(s);
            w.WriteEndArray();
            w.WriteNumber("fromMs", report.FromMs);
            w.WriteNumber("toMs", report.ToMs);
            w.WriteNumber("candlesReplayed", report.CandlesReplayed);
            w.WriteNumber("cyclesRun", report.CyclesRun);
            w.WriteNumber("passingCandidates", report.PassingCandidates);
            Statistics(w, report.Statistics);
            w.WriteStartObject("finalBalances");
            foreach (var (asset, amount) in report.FinalBalances) w.WriteNumber(asset, amount);
            w.WriteEndObject();
            w.WriteStartObject("gateRejections");
            foreach (var (code, count) in report.GateRejections) w.WriteNumber(code, count);
            w.WriteEndObject();
            w.WriteStartObject("candidateFailures");
            foreach (var (reason, count) in report.CandidateFailures) w.WriteNumber(reason, count);
            w.WriteEndObject();
            w.WriteStartArray("layers");
            foreach (var l in report.Layers)
            {
                w.WriteStartObject();
                w.WriteString("layer", l.Layer);
                w.WriteNumber("tradesBullish", l.TradesBullish);
                w.WriteNumber("winRateBullish", l.WinRateBullish);
                w.WriteNumber("expectancyRBullish", l.ExpectancyRBullish);
                w.WriteNumber("tradesOther", l.TradesOther);
                w.WriteNumber("winRateOther", l.WinRateOther);
                w.WriteNumber("expectancyROther", l.ExpectancyROther);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            if (report.LookAhead is { } la)
            {
                w.WriteStartObject("lookAhead");
                w.WriteBoolean("passed", la.Passed);
                w.WriteNumber("decisionsCompared", la.DecisionsCompared);
                w.WriteStartArray("cutPointsMs");
                foreach (var c in la.CutPointsMs) w.WriteNumberValue(c);
                w.WriteEndArray();
                w.WriteStartArray("differences");
                foreach (var d in la.Differences) w.WriteStringValue(d);
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteStartArray("trades");
            foreach (var t in report.Trades) Trade(w, t);
            w.WriteEndArray();
            w.WriteStartArray("equity");
            foreach (var (time, equity, drawdown) in report.Equity)
            {
                w.WriteStartArray();
                w.WriteNumberValue(time);
                w.WriteNumberValue(equity);
                w.WriteNumberValue(drawdown);
                w.WriteEndArray();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>The report as a JSON string.</summary>
    public static string WriteString(BacktestReport report) => Encoding.UTF8.GetString(Write(report));

    private static void Statistics(Utf8JsonWriter w, BacktestStatistics s)
    {
        w.WriteStartObject("statistics");
        w.WriteNumber("closedTrades", s.ClosedTrades);
        w.WriteNumber("openTrades", s.OpenTrades);
        w.WriteNumber("unfilledEntries", s.UnfilledEntries);
        w.WriteNumber("wins", s.Wins);
        w.WriteNumber("losses", s.Losses);
        w.WriteNumber("winRate", s.WinRate);
        w.WriteNumber("expectancyR", s.ExpectancyR);
        Nullable(w, "profitFactor", s.ProfitFactor);
        w.WriteNumber("startingEquity", s.StartingEquity);
        w.WriteNumber("finalEquity", s.FinalEquity);
        w.WriteNumber("netProfit", s.NetProfit);
        w.WriteNumber("return", s.ReturnFraction);
        w.WriteNumber("maxDrawdown", s.MaxDrawdown);
        Nullable(w, "sharpe", s.Sharpe);
        Nullable(w, "sortino", s.Sortino);
        w.WriteNumber("exposure", s.Exposure);
        w.WriteNumber("tradesPerMonth", s.TradesPerMonth);
        w.WriteNumber("feesPaidQuote", s.FeesPaidQuote);
        w.WriteEndObject();
    }

    private static void Trade(Utf8JsonWriter w, TradeResult t)
    {
        w.WriteStartObject();
        w.WriteNumber("id", t.Id);
        w.WriteString("symbol", t.Symbol);
        w.WriteString("status", t.Status);
        w.WriteString("reason", t.Reason);
        w.WriteNumber("openedMs", t.OpenedMs);
        if (t.ClosedMs is { } c) w.WriteNumber("closedMs", c); else w.WriteNull("closedMs");
        w.WriteNumber("score", t.Score);
        w.WriteNumber("zoneLow", t.ZoneLow);
        w.WriteNumber("zoneHigh", t.ZoneHigh);
        w.WriteNumber("invalidation", t.Invalidation);
        w.WriteNumber("target1", t.Target1);
        if (t.Target2 is { } t2) w.WriteNumber("target2", t2); else w.WriteNull("target2");
        w.WriteNumber("plannedEntry", t.PlannedEntry);
        w.WriteNumber("plannedStop", t.PlannedStop);
        w.WriteNumber("riskQuote", t.RiskQuote);
        w.WriteNumber("bought", t.Bought);
        w.WriteNumber("averageEntry", t.AverageEntry);
        w.WriteNumber("realisedQuote", t.RealisedQuote);
        w.WriteNumber("realisedR", t.RealisedR);
        w.WriteString("explanation", t.Explanation);
        w.WriteStartArray("bullishLayers");
        foreach (var l in t.BullishLayers) w.WriteStringValue(l);
        w.WriteEndArray();
        w.WriteStartArray("fills");
        foreach (var f in t.Fills)
        {
            w.WriteStartObject();
            w.WriteNumber("timeMs", f.TimeMs);
            w.WriteString("leg", f.Leg);
            w.WriteString("side", f.Side);
            w.WriteNumber("price", f.Price);
            w.WriteNumber("quantity", f.Quantity);
            w.WriteNumber("fee", f.Fee);
            w.WriteString("feeAsset", f.FeeAsset);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("stopMoves");
        foreach (var s in t.StopMoves)
        {
            w.WriteStartObject();
            w.WriteNumber("timeMs", s.TimeMs);
            w.WriteNumber("from", s.From);
            w.WriteNumber("to", s.To);
            w.WriteString("reason", s.Reason);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Nullable(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v) w.WriteNumber(name, v); else w.WriteNull(name);
    }
}
