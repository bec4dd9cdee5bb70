using BenchmarkDotNet.Attributes;
using Qari.Model.Ids;
using Qari.Model.Orders;
using Qari.Trading.Engine;
using Qari.Trading.Events;
using Qari.Trading.Risk;

namespace Qari.Benchmarks.Trading;

/// <summary>
/// Events per second through one account's engine: a scripted session of full trade lives (gate, leg 1 fills in
/// parts, stop placed and re-sized, PT1 and PT2 cancel–sell–replace, break-even, trailing, stop-out) interleaved
/// with price ticks and timer ticks.
/// </summary>
[MemoryDiagnoser]
public class EngineThroughputBenchmark
{
    private EngineEvent[] _events = null!;

    /// <summary>Trade lives in the session.</summary>
    [Params(200)]
    public int Trades { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _events = Script(Trades).ToArray();
        // The script must match what the engine actually asks for, or the benchmark would time the anomaly path.
        var engine = new TradingEngine(TradingBenchData.Profile(1), TradingSettings.Default, PlanCaps.Default, new RiskGate(new SingleNodeEntryLock()));
        var anomalies = _events.SelectMany(e => engine.Handle(e).Journal).OfType<Qari.Trading.Journal.Flagged>().Count();
        var closed = engine.AllTrades.Values.Count(t => t.Phase == TradePhase.Closed);
        if (anomalies > 0 || closed != Trades)
            throw new InvalidOperationException($"benchmark script out of step with the engine: {anomalies} anomalies, {closed}/{Trades} trades closed");
        Console.WriteLine($"// session: {_events.Length} events, {Trades} complete trade lives");
    }

    /// <summary>Replays the whole session through a fresh engine; one operation = one event.</summary>
    [Benchmark(OperationsPerInvoke = 1)]
    public int HandleSession()
    {
        var engine = new TradingEngine(TradingBenchData.Profile(1), TradingSettings.Default, PlanCaps.Default, new RiskGate(new SingleNodeEntryLock()));
        var commands = 0;
        foreach (var e in _events) commands += engine.Handle(e).Commands.Count;
        return commands;
    }

    /// <summary>How many events one session holds (for converting the time per session into events per second).</summary>
    public int EventCount => _events.Length;

    internal static IEnumerable<EngineEvent> Script(int trades)
    {
        var t = TradingBenchData.T0;
        var correlations = new CorrelationMatrix();
        for (var i = 0; i < trades; i++)
        {
            var s = TradingBenchData.SymbolAt(i);
            var id = new TradeId(i + 1);
            ClientOrderId Id(OrderLeg leg, int seq) => ClientOrderId.Create(id, leg, seq);
            var markets = new Dictionary<Symbol, SymbolMarket> { [s] = new(TradingBenchData.Instrument(s), 2000m, 2000.5m) };
            yield return new CycleCandidates(t, [TradingBenchData.Candidate(s)], markets, AccountHealth.Healthy, 100_000m, 50_000m, new HashSet<Symbol>(), correlations);
            yield return new OrderAccepted(t, Id(OrderLeg.Entry1, 0), new ExchangeOrderId("e"));
            yield return new OrderFilled(t, Id(OrderLeg.Entry1, 0), "a" + i, 1m, 2000m);
            yield return new OrderAccepted(t, Id(OrderLeg.Stop, 0), new ExchangeOrderId("s0"));
            yield return new OrderFilled(t, Id(OrderLeg.Entry1, 0), "b" + i, 1m, 2000m);
            yield return new OrderCanceled(t, Id(OrderLeg.Stop, 0));
            yield return new OrderAccepted(t, Id(OrderLeg.Stop, 1), new ExchangeOrderId("s1"));
            for (var k = 0; k < 40; k++)
            {
                t = t.AddSeconds(15);
                yield return new PriceTick(t, s, 2000m + k * 10m);
                if (k % 8 == 0) yield return new TimerTick(t);
            }
            yield return new PriceTick(t, s, 2600m);                        // PT1: cancel stop
            yield return new OrderCanceled(t, Id(OrderLeg.Stop, 1));        // sell 0.8 + stop 1.2
            yield return new OrderFilled(t, Id(OrderLeg.TakeProfit1, 0), "p" + i, 0.8m, 2600m);
            yield return new OrderAccepted(t, Id(OrderLeg.Stop, 2), new ExchangeOrderId("s2"));
            yield return new OrderCanceled(t, Id(OrderLeg.Stop, 2));        // break-even re-place
            yield return new OrderAccepted(t, Id(OrderLeg.Stop, 3), new ExchangeOrderId("s3"));
            yield return new PriceTick(t, s, 3000m);                        // PT2
            yield return new OrderCanceled(t, Id(OrderLeg.Stop, 3));
            yield return new OrderFilled(t, Id(OrderLeg.TakeProfit2, 0), "q" + i, 0.6m, 3000m);
            yield return new OrderAccepted(t, Id(OrderLeg.Stop, 4), new ExchangeOrderId("s4"));
            yield return new HigherLow(t, s, 2800m);                        // trailing
            yield return new OrderCanceled(t, Id(OrderLeg.Stop, 4));
            yield return new OrderAccepted(t, Id(OrderLeg.Stop, 5), new ExchangeOrderId("s5"));
            yield return new OrderFilled(t, Id(OrderLeg.Stop, 5), "x" + i, 0.6m, 2799.99m);
            t = t.AddMinutes(5);
        }
    }
}
