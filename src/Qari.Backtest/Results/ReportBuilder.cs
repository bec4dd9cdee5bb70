using Qari.Analysis.Layers;
using Qari.Backtest.Fills;
using Qari.Backtest.LookAhead;
using Qari.Backtest.Replay;
using Qari.Model.Ids;
using Qari.Model.Orders;
using Qari.Trading.Journal;

namespace Qari.Backtest.Results;

/// <summary>Turns a <see cref="BacktestRun"/> into its <see cref="BacktestReport"/>: trades from the journal and fills, then the statistics.</summary>
public static class ReportBuilder
{
    /// <summary>Builds the report.</summary>
    public static BacktestReport Build(BacktestRun run, LookAheadResult? lookAhead = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        var trades = Trades(run);
        var equity = Drawdowns(run.Equity);
        var stats = Statistics(run, trades, equity);
        var balances = new SortedDictionary<string, decimal>(StringComparer.Ordinal) { [run.Account.QuoteAsset] = run.Account.Quote };
        foreach (var (asset, amount) in run.Account.Base) if (amount != 0) balances[asset] = amount;
        return new BacktestReport(run.Settings.Exchange.Name(), [.. run.Data.Select(d => d.Symbol.ToString())],
            run.FirstCandleMs, run.EndMs, run.CandlesReplayed, run.CyclesRun, run.PassingCandidates, stats, trades, equity,
            Layers(trades), run.GateRejections, run.CandidateFailures, balances, lookAhead);
    }

    private static List<TradeResult> Trades(BacktestRun run)
    {
        var fills = run.Fills.GroupBy(f => f.Trade).ToDictionary(g => g.Key, g => g.ToList());
        var closed = run.Journal.OfType<TradeClosed>().ToDictionary(c => c.Trade);
        var stops = run.Journal.OfType<StopMoved>().GroupBy(s => s.Trade).ToDictionary(g => g.Key, g => g.ToList());
        var result = new List<TradeResult>();
        foreach (var o in run.Journal.OfType<TradeOpened>().OrderBy(o => o.Trade.Value))
        {
            var mine = fills.GetValueOrDefault(o.Trade) ?? [];
            var bought = mine.Where(f => f.Side == OrderSide.Buy).Sum(f => f.Fill.Quantity);
            var cost = mine.Where(f => f.Side == OrderSide.Buy).Sum(f => f.Fill.Notional);
            closed.TryGetValue(o.Trade, out var c);
            var status = bought == 0 && c is not null ? "unfilled" : c is null ? "open" : "closed";
            // A trade still held at the end has no realised result yet; its value is in the final equity.
            var realisedQuote = c?.RealisedQuote ?? 0m;
            var tc = o.Candidate;
            var from = run.OpenedFrom.GetValueOrDefault(o.Trade);
            result.Add(new TradeResult(o.Trade.Value, tc.Symbol.ToString(), status, c?.Reason ?? "held at the end of the data",
                o.At.ToUnixTimeMilliseconds(), c?.At.ToUnixTimeMilliseconds(), tc.Score, tc.ZoneLow, tc.ZoneHigh, tc.Invalidation,
                tc.Target1, tc.Target2 == decimal.MaxValue ? null : tc.Target2, o.Plan.EntryPrice, o.Plan.StopPrice, o.Plan.RiskQuote,
                bought, bought > 0 ? Math.Round(cost / bought, 8) : 0m, realisedQuote, c is null ? 0m : Math.Round(c.RealisedR, 4),
                tc.Explanation, from is null ? [] : [.. from.BullishLayers.Select(l => l.ToString())],
                [.. mine.Select(f => new TradeFill(f.Fill.TimeMs, f.Leg.ToString(), f.Side.ToString(), f.Fill.Price, f.Fill.Quantity, f.Fill.Fee, f.Fill.FeeAsset.ToString()))],
                [.. (stops.GetValueOrDefault(o.Trade) ?? []).Select(s => new StopMove(s.At.ToUnixTimeMilliseconds(), s.From, s.To, s.Reason))]));
        }
        return result;
    }

    private static List<(long, decimal, double)> Drawdowns(IReadOnlyList<EquityPoint> points)
    {
        var result = new List<(long, decimal, double)>(points.Count);
        var peak = 0m;
        foreach (var p in points)
        {
            peak = Math.Max(peak, p.Equity);
            result.Add((p.TimeMs, Math.Round(p.Equity, 2), peak > 0 ? Math.Round((double)((peak - p.Equity) / peak), 6) : 0.0));
        }
        return result;
    }

    private static BacktestStatistics Statistics(BacktestRun run, List<TradeResult> trades, List<(long TimeMs, decimal Equity, double Drawdown)> equity)
    {
        var closed = trades.Where(t => t.Status == "closed").ToList();
        var wins = closed.Count(t => t.RealisedQuote > 0);
        var gains = closed.Where(t => t.RealisedQuote > 0).Sum(t => t.RealisedQuote);
        var losses = -closed.Where(t => t.RealisedQuote < 0).Sum(t => t.RealisedQuote);
        var start = run.Settings.StartingBalance;
        var final = equity.Count > 0 ? equity[^1].Equity : start;
        var (sharpe, sortino) = Ratios(start, equity);
        var days = (run.EndMs - run.FirstCandleMs) / 86_400_000.0;
        var fees = run.Fills.Sum(f => f.Fill.FeeAsset == FeeAsset.Quote ? f.Fill.Fee : f.Fill.Fee * f.Fill.Price);
        return new BacktestStatistics(
            closed.Count, trades.Count(t => t.Status == "open"), trades.Count(t => t.Status == "unfilled"),
            wins, closed.Count(t => t.RealisedQuote < 0),
            Round(closed.Count == 0 ? 0 : (double)wins / closed.Count),
            Round(closed.Count == 0 ? 0 : (double)closed.Average(t => t.RealisedR)),
            losses > 0 ? Round((double)(gains / losses)) : null,
            start, final, final - start, Round(start > 0 ? (double)((final - start) / start) : 0),
            Round(equity.Count == 0 ? 0 : equity.Max(e => e.Drawdown)), sharpe, sortino,
            Round(run.Steps == 0 ? 0 : (double)run.StepsInPosition / run.Steps),
            Round(days > 0 ? closed.Count / (days / 30.4375) : 0), Math.Round(fees, 2));
    }

    private static (double?, double?) Ratios(decimal start, List<(long TimeMs, decimal Equity, double Drawdown)> equity)
    {
        // Equity at each UTC day's last hourly sample; returns between consecutive days.
        var daily = new List<decimal> { start };
        for (var i = 0; i < equity.Count; i++)
        {
            if (i + 1 < equity.Count && (equity[i + 1].TimeMs - 1) / 86_400_000L == (equity[i].TimeMs - 1) / 86_400_000L) continue;
            daily.Add(equity[i].Equity);
        }
        var returns = new List<double>();
        for (var i = 1; i < daily.Count; i++) if (daily[i - 1] > 0) returns.Add((double)(daily[i] / daily[i - 1]) - 1.0);
        if (returns.Count < 2) return (null, null);
        var mean = returns.Average();
        var sd = Math.Sqrt(returns.Sum(r => (r - mean) * (r - mean)) / (returns.Count - 1));
        var downside = Math.Sqrt(returns.Sum(r => r < 0 ? r * r : 0) / returns.Count);
        var annual = Math.Sqrt(365.0);
        return (sd > 0 ? Round(mean / sd * annual) : null, downside > 0 ? Round(mean / downside * annual) : null);
    }

    private static List<LayerContribution> Layers(List<TradeResult> trades)
    {
        var closed = trades.Where(t => t.Status == "closed").ToList();
        var result = new List<LayerContribution>();
        foreach (var layer in Enum.GetValues<LayerId>())
        {
            var name = layer.ToString();
            var yes = closed.Where(t => t.BullishLayers.Contains(name)).ToList();
            var no = closed.Where(t => !t.BullishLayers.Contains(name)).ToList();
            result.Add(new LayerContribution(name, yes.Count, WinRate(yes), MeanR(yes), no.Count, WinRate(no), MeanR(no)));
        }
        return result;
    }

    private static double WinRate(List<TradeResult> t) => t.Count == 0 ? 0 : Round((double)t.Count(x => x.RealisedQuote > 0) / t.Count);

    private static double MeanR(List<TradeResult> t) => t.Count == 0 ? 0 : Round((double)t.Average(x => x.RealisedR));

    private static double Round(double v) => double.IsFinite(v) ? Math.Round(v, 6) : 0;
}
