using System.Globalization;
using CsCheck;
using Qari.Model.Ids;
using Qari.Model.Orders;
using Qari.Trading.Engine;
using Qari.Trading.Events;
using Qari.Trading.Journal;
using Qari.Trading.Reconciliation;
using Qari.Trading.Risk;
using Qari.Trading.Tests.Risk;
using static Qari.Trading.Tests.Engine.EngineHarness;

namespace Qari.Trading.Tests.Engine;

/// <summary>
/// The engine skips the exit procedure of a trade whose last run did nothing until an event may change what it reads
/// (<see cref="TradingEngine.SkipQuietTrades"/>). These tests hold that skipping to "changes nothing": the same random
/// event streams through an engine that skips and one that runs every trade after every event give the same steps and
/// the same state, and the scenarios where a price tick must act still act.
/// </summary>
public class QuietTradeSkipTests
{
    private static readonly Symbol[] Symbols = new[] { "ETH/USDT", "SOL/USDT", "ADA/USDT", "XRP/USDT" }.Select(Symbol.Parse).ToArray();

    // Mostly price ticks (the events the skip is about), then venue answers, timers, cycles and the rare structure
    // events, crashes and kill switches.
    private static readonly Gen<(int Seed, int[] Kinds)> Scripts = Gen.Select(Gen.Int, Gen.Int[0, 15].Array[20, 200]);

    [Fact]
    public void Handle_RandomStreams_SkippingQuietTradesGivesTheSameStepsAndState() =>
        Scripts.Sample(s => new Twin(s.Seed).Execute(s.Kinds), iter: 120, seed: Environment.GetEnvironmentVariable("QARI_SEED"));

    [Fact]
    [Trait("Category", "Soak")]
    public void Handle_RandomStreamsSoak_SkippingQuietTradesGivesTheSameStepsAndState() =>
        Scripts.Sample(s => new Twin(s.Seed).Execute(s.Kinds), iter: 3000);

    [Fact]
    public void PriceTick_NothingToDo_TradeBecomesQuietAndStepIsEmpty()
    {
        var h = new EngineHarness();
        h.OpenWithLeg1Filled();
        Assert.Empty(h.Price(2100m));
        Assert.Same(EngineStep.Empty, h.Last);
        Assert.True(h.Engine.AllTrades[Trade1].Quiet);
    }

    [Fact]
    public void PriceTick_QuietTradeReachesPt1_StillStartsTheExit()
    {
        var h = new EngineHarness();
        h.OpenWithLeg1Filled();
        h.Price(2100m);
        Assert.True(h.Engine.AllTrades[Trade1].Quiet);

        Assert.Equal(["cancel q1S0"], h.Price(2600m));
        Assert.Equal(ExitStep.CancelingStop, h.Engine.AllTrades[Trade1].Step);
        Assert.False(h.Engine.AllTrades[Trade1].Quiet);
    }

    [Fact]
    public void PriceTick_OtherSymbol_LeavesAQuietTradeQuietAndActsOnItsOwn()
    {
        var h = new EngineHarness();
        h.OpenWithLeg1Filled();
        h.Cycle(GateFixture.Candidate(GateFixture.Sol), correlations: new CorrelationMatrix().Set(GateFixture.Eth, GateFixture.Sol, 0.2));
        var sol = h.Engine.ActiveTrades[GateFixture.Sol];
        h.Accept(sol.Leg1Order);
        h.Fill(sol.Leg1Order, 2m, 2000m);
        h.Accept(Id(OrderLeg.Stop, 0, sol.Id.Value));
        h.Price(2100m);
        h.Price(2100m, GateFixture.Sol);
        Assert.True(h.Engine.AllTrades[Trade1].Quiet);
        Assert.True(sol.Quiet);

        Assert.Equal([$"cancel q{sol.Id.Value}S0"], h.Price(2600m, GateFixture.Sol));
        Assert.True(h.Engine.AllTrades[Trade1].Quiet);
        Assert.Equal(ExitStep.None, h.Engine.AllTrades[Trade1].Step);
    }

    [Fact]
    public void TimerTick_StopBackingOffAfterRejection_IsReplacedWhenTheWaitEnds()
    {
        var h = new EngineHarness();
        h.Cycle();
        h.Accept(Id(OrderLeg.Entry1, 0));
        h.Fill(Id(OrderLeg.Entry1, 0), 2m, 2000m);
        h.Rejected(Id(OrderLeg.Stop, 0));
        var t = h.Engine.AllTrades[Trade1];
        Assert.NotNull(t.StopRetryAt);
        Assert.Empty(h.Price(2100m));
        Assert.False(t.Quiet); // waiting on the clock: never skipped

        h.Time = t.StopRetryAt!.Value;
        Assert.Equal(["place q1S1 Sell StopMarket 2 stop 1750"], h.Timer());
    }

    [Fact]
    public void Restore_AfterQuietTicks_RebuiltEngineDrivesEveryTrade()
    {
        var h = new EngineHarness();
        h.OpenWithLeg1Filled();
        h.Price(2100m);
        var restored = h.Crash();
        Assert.False(restored.Engine.AllTrades[Trade1].Quiet);
        Assert.Equal(["cancel q1S0"], restored.Price(2600m));
    }

    /// <summary>Two engines, one skipping quiet trades and one not, fed the same events; the venue answers the first.</summary>
    private sealed class Twin
    {
        private readonly Random _rng;
        private readonly SimulatedVenue _venue;
        private readonly SingleNodeEntryLock _lockA = new(), _lockB = new();
        private readonly List<EngineEvent> _history = [];
        private readonly List<JournalEntry> _journal = [];
        private readonly AccountProfile _profile = GateFixture.Profile(Plan.Trial);
        private readonly CorrelationMatrix _correlations = new();
        private TradingEngine _skipping;
        private TradingEngine _reference;
        private DateTimeOffset _now = T0;
        private int _step;

        public Twin(int seed)
        {
            _rng = new Random(seed);
            _venue = new SimulatedVenue(_rng) { Now = _now };
            foreach (var a in Symbols)
            {
                _venue.Prices[a] = 2000m;
                foreach (var b in Symbols) if (a != b) _correlations.Set(a, b, 0.1);
            }
            _skipping = new TradingEngine(_profile, TradingSettings.Default, PlanCaps.Default, new RiskGate(_lockA));
            _reference = new TradingEngine(_profile, TradingSettings.Default, PlanCaps.Default, new RiskGate(_lockB)) { SkipQuietTrades = false };
        }

        public void Execute(int[] kinds)
        {
            foreach (var kind in kinds)
            {
                var (a, b) = (_rng.NextDouble(), _rng.NextDouble());
                var symbol = Symbols[(int)(a * Symbols.Length) % Symbols.Length];
                switch (kind)
                {
                    case 0: Cycle(a); break;
                    case 1 or 2 or 3: Deliver(b); break;
                    case >= 4 and <= 10: MovePrice(symbol, b); break;
                    case 11: _now += TimeSpan.FromMinutes(1 + b * 300); Send(new TimerTick(_now)); break;
                    case 12: Send(new ChangeOfCharacter(_now, symbol, _venue.Prices[symbol])); break;
                    case 13: Send(new HigherLow(_now, symbol, Math.Round(_venue.Prices[symbol] * (0.9m + 0.09m * (decimal)b), 2))); break;
                    case 14 when b < 0.2: Crash(); break;
                    case 15 when b < 0.05: Send(new ManualKillSwitch(_now, KillActor.User, b < 0.03, CloseAll: b < 0.01)); break;
                    default: Deliver(b); break;
                }
            }
            for (var round = 0; round < 20 && _venue.Outbox.Count > 0; round++)
            {
                while (_venue.Outbox.Count > 0) Deliver(1);
                _now += TimeSpan.FromMinutes(2);
                Send(new TimerTick(_now));
            }
        }

        private void Cycle(double a)
        {
            var candidates = Symbols.Where((_, i) => ((int)(a * 16) >> i & 1) == 1)
                .Select(s => GateFixture.Candidate(s) with { Target1 = 2150m, Target2 = 2300m }).ToList();
            var markets = Symbols.ToDictionary(s => s, s => new SymbolMarket(GateFixture.Instrument(s), _venue.Prices[s], _venue.Prices[s] * 1.0002m));
            Send(new CycleCandidates(_now, candidates, markets, AccountHealth.Healthy, 100_000m, 60_000m, new HashSet<Symbol>(), _correlations));
        }

        private void MovePrice(Symbol symbol, double b)
        {
            // Mostly small moves (the no-op ticks), sometimes a jump through a target or the stop.
            var factor = b < 0.8 ? 0.985m + 0.03m * (decimal)b / 0.8m : 0.8m + 0.5m * (decimal)(b - 0.8) / 0.2m;
            var next = Math.Clamp(Math.Round(_venue.Prices[symbol] * factor, 2), 900m, 3600m);
            _venue.SetPrice(symbol, next);
            Send(new PriceTick(_now, symbol, next));
        }

        private void Deliver(double b)
        {
            if (_venue.Outbox.Count == 0) return;
            var index = b < 0.2 ? (int)(b * 5 * _venue.Outbox.Count) % _venue.Outbox.Count : 0;
            var e = _venue.Outbox[index];
            _venue.Outbox.RemoveAt(index);
            Send(e);
        }

        private void Crash()
        {
            _venue.Outbox.Clear();
            _skipping = TradingEngine.Restore(_profile, TradingSettings.Default, PlanCaps.Default, new RiskGate(_lockA), _history, _journal);
            _reference = TradingEngine.Restore(_profile, TradingSettings.Default, PlanCaps.Default, new RiskGate(_lockB), _history, _journal);
            _reference.SkipQuietTrades = false;
            Send(Reconciler.Plan(_skipping, _venue.Truth()));
            Send(new EngineRestarted(_now));
        }

        private void Send(EngineEvent e)
        {
            _venue.Now = _now = e.At > _now ? e.At : _now;
            _history.Add(e);
            _step++;
            var skipped = _skipping.Handle(e);
            var reference = _reference.Handle(e);
            Assert.Equal(Text(reference), Text(skipped));
            Assert.Equal(State(_reference), State(_skipping));
            // The cached kill-switch status and the reserved quote over buy orders only equal their plain computations.
            foreach (var engine in new[] { _skipping, _reference })
            {
                Assert.Equal(engine.KillSwitch.Compute(engine.Now, engine.Settings), engine.KillSwitch.Status(engine.Now, engine.Settings));
                Assert.Equal(engine.ReservedQuoteByAllOrders.ToString(CultureInfo.InvariantCulture), engine.ReservedQuote.ToString(CultureInfo.InvariantCulture));
            }
            _journal.AddRange(skipped.Journal);
            foreach (var c in skipped.Commands) _venue.Execute(c);
        }

        private string Text(EngineStep step) => string.Create(CultureInfo.InvariantCulture, $"event {_step}: {_history[^1]}\n")
            + string.Join("\n", step.Commands.Select(Describe)) + "\n"
            + string.Join("\n", step.Journal.Select(j => j.ToString()));

        private static string State(TradingEngine e) =>
            string.Join("\n", e.Orders.Orders.OrderBy(o => o.Id.Value, StringComparer.Ordinal)
                .Select(o => $"{o.Id} {o.State} {o.Cancel} {o.Filled} {o.Spec.Quantity} {o.Spec.StopPrice} {o.LastAskedAt:O}"))
            + "\n" + string.Join("\n", e.AllTrades.Values.OrderBy(t => t.Id.Value)
                .Select(t => $"{t.Id} {t.Symbol} {t.Phase} {t.Step} {t.Purpose} {t.Pt1Done} {t.Pt2Done} {t.EntriesHalted} {t.SellAttempts} " +
                    $"{t.StopRetryAt:O} {t.Position.Quantity} {t.Position.AverageEntry} {t.Position.StopPrice} {t.Position.RealisedQuote}"))
            + $"\nkill {e.KillSwitch.Status(e.Now, e.Settings).Tripped}";
    }
}
