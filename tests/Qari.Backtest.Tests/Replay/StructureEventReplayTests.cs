using Qari.Analysis.Engine;
using Qari.Analysis.Series;
using Qari.Backtest.Replay;
using Qari.Model.Ids;
using Qari.Trading.Engine;
using Qari.Trading.Journal;

namespace Qari.Backtest.Tests.Replay;

/// <summary>The analysis' structure signals reach the engine in a backtest: a bullish 15m CHoCH arms leg 2.</summary>
public class StructureEventReplayTests
{
    /// <summary>Every bullish 15m CHoCH the analysis reports for <paramref name="symbol"/> over the golden data, by close time.</summary>
    private static Dictionary<long, double> Chochs(Symbol symbol)
    {
        var data = GoldenRun.Run.Data.Single(d => d.Symbol == symbol);
        var analyzer = new SymbolAnalyzer();
        foreach (var (tf, bar) in data.WarmUp) Assert.True(analyzer.AddHistory(tf, bar).IsSuccess);
        var seen = analyzer.SignalCount;
        var chochs = new Dictionary<long, double>();
        foreach (var c in data.Candles5m)
        {
            Assert.True(analyzer.Add(Bar.From(c)).IsSuccess);
            foreach (var s in analyzer.SignalsSince(seen))
                if (s.Kind == StructureSignalKind.BullishChoch) chochs.Add(s.TimeMs, s.Price);
            seen = analyzer.SignalCount;
        }
        return chochs;
    }

    [Fact]
    public void Run_Leg2_ArmedOnlyByAnAnalysis15mChangeOfCharacter()
    {
        var run = GoldenRun.Run;
        var symbols = run.Journal.OfType<TradeOpened>().ToDictionary(o => o.Trade, o => o.Candidate.Symbol);
        var armed = run.Journal.OfType<LegChanged>().Where(l => l.To == TradePhase.Leg2Working).ToList();
        Assert.NotEmpty(armed);
        foreach (var leg in armed)
        {
            var chochs = Chochs(symbols[leg.Trade]);
            // Armed in the very cycle whose candle confirmed the CHoCH, at its level.
            Assert.True(chochs.TryGetValue(leg.At.ToUnixTimeMilliseconds(), out var level), $"trade {leg.Trade}: leg 2 armed at {leg.At:u} without a CHoCH then");
            Assert.Contains("15m change of character", leg.Note, StringComparison.Ordinal);
            var placed = run.Journal.OfType<OrderSubmitted>().Single(o => o.Spec.Trade == leg.Trade && o.Spec.Leg == Model.Orders.OrderLeg.Entry2);
            var limit = placed.Spec.LimitPrice!.Value;
            // The engine floors the level to the tick.
            Assert.True(limit <= (decimal)level && limit >= (decimal)level * 0.999m, $"leg 2 limit {limit} vs CHoCH level {level}");
        }
    }

    [Fact]
    public void Run_AwaitingLeg2WithoutChangeOfCharacter_NeverPlacesLeg2()
    {
        var run = GoldenRun.Run;
        var armed = run.Journal.OfType<LegChanged>().Where(l => l.To == TradePhase.Leg2Working).Select(l => l.Trade).ToHashSet();
        var leg2 = run.Journal.OfType<OrderSubmitted>().Where(o => o.Spec.Leg == Model.Orders.OrderLeg.Entry2).Select(o => o.Spec.Trade);
        Assert.All(leg2, t => Assert.Contains(t, armed));
    }
}
