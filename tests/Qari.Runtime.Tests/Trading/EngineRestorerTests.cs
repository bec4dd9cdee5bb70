using Microsoft.Data.Sqlite;
using Qari.Model.Ids;
using Qari.Model.Instruments;
using Qari.Model.Orders;
using Qari.Runtime.Journal;
using Qari.Runtime.Trading;
using Qari.Trading.Commands;
using Qari.Trading.Engine;
using Qari.Trading.Events;
using Qari.Trading.Execution;
using Qari.Trading.Risk;

namespace Qari.Runtime.Tests.Trading;

public sealed class EngineRestorerTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 3, 4, 10, 0, 0, TimeSpan.Zero);
    private static readonly Symbol Eth = new("ETH", "USDT");
    private static readonly AccountId Account = new(new Guid("11111111-1111-1111-1111-111111111111"));
    private static readonly AccountProfile Profile = new(Account, new UserId(new Guid("22222222-2222-2222-2222-222222222222")), Plan.Pro, Start.AddDays(30), false, true, new HashSet<Symbol>());
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "qari-restore-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Restore_EmptyJournal_GivesAFreshEngine()
    {
        using var journal = JournalStore.Open(_dir, 1);

        var restored = EngineRestorer.Restore(journal, Profile, TradingSettings.Default, PlanCaps.Default, Gate());

        Assert.True(restored.IsSuccess, restored.Error?.Message);
        Assert.Equal(0, restored.Value.Replayed);
        Assert.Empty(restored.Value.Engine.AllTrades);
    }

    [Fact]
    public void Restore_AfterAnEntryFilledAndItsStopRests_ContinuesTheTradeLikeTheOriginal()
    {
        var original = new TradingEngine(Profile, TradingSettings.Default, PlanCaps.Default, Gate());
        using (var journal = JournalStore.Open(_dir, 1))
        {
            var entry = Place(Feed(journal, original, Cycle(Start)), OrderLeg.Entry1);
            Feed(journal, original, new OrderAccepted(Start.AddSeconds(1), entry.Id, new ExchangeOrderId("e1")));
            var stop = Place(Feed(journal, original, new OrderFilled(Start.AddSeconds(2), entry.Id, "f1", entry.Quantity, entry.LimitPrice!.Value, 0m, 0.002m)), OrderLeg.Stop);
            Feed(journal, original, new OrderAccepted(Start.AddSeconds(3), stop.Id, new ExchangeOrderId("s1")));
        }

        // A new process: a second run of the journal, the engine rebuilt from it.
        using var reopened = JournalStore.Open(_dir, 2);
        var restored = EngineRestorer.Restore(reopened, Profile, TradingSettings.Default, PlanCaps.Default, Gate());

        Assert.True(restored.IsSuccess, restored.Error?.Message);
        var engine = restored.Value.Engine;
        Assert.Equal(4, restored.Value.Replayed);
        Assert.Equal(State(original), State(engine));
        var trade = Assert.Single(engine.ActiveTrades.Values);
        Assert.Equal(original.ActiveTrades[Eth].Position.Quantity, trade.Position.Quantity);
        Assert.Contains(engine.Orders.Orders, o => o.Spec.Leg == OrderLeg.Stop && o.State == OrderState.New);

        // Both continue the same way: the price reaches PT1 and each asks for the same take-profit.
        var tick = new PriceTick(Start.AddMinutes(5), Eth, 2650m);
        var expected = original.Handle(tick);
        var continued = engine.Handle(tick);
        Assert.NotEmpty(expected.Commands);
        Assert.Equal(expected.Commands.Select(c => c.ToString()), continued.Commands.Select(c => c.ToString()));
        Assert.Equal(State(original), State(engine));
    }

    [Fact]
    public void Restore_UnreadableRow_IsAnErrorAndNoEngine()
    {
        using var journal = JournalStore.Open(_dir, 1);
        journal.Append(Account, Start, "in", "PriceTick", "{broken");

        var restored = EngineRestorer.Restore(journal, Profile, TradingSettings.Default, PlanCaps.Default, Gate());

        Assert.False(restored.IsSuccess);
        Assert.Contains("row 1", restored.Error!.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    private static RiskGate Gate() => new(new SingleNodeEntryLock());

    // As the trader does it: the input journaled before the engine sees it, each output after.
    private static EngineStep Feed(JournalStore journal, TradingEngine engine, EngineEvent e)
    {
        journal.Append(Account, e.At, "in", e.GetType().Name, JournalPayload.Of(e));
        var step = engine.Handle(e);
        foreach (var entry in step.Journal) journal.Append(Account, entry.At, "out", entry.GetType().Name, JournalPayload.Of(entry));
        return step;
    }

    private static OrderSpec Place(EngineStep step, OrderLeg leg) =>
        Assert.Single(step.Commands.OfType<PlaceOrder>(), p => p.Spec.Leg == leg).Spec;

    // Zone 1900–2100 → leg 1 at 2000; invalidation 1750 (12.5% below); PT1 2600.
    private static CycleCandidates Cycle(DateTimeOffset at)
    {
        var candidate = new TradeCandidate(Eth, 72m, 1900m, 2100m, 1750m, 2600m, 3000m, 2.4m, "test", "test candidate", []);
        var instrument = new Instrument(ExchangeId.Binance, Eth, "ETHUSDT", new InstrumentRules(0.01m, 0.001m, 0.001m, 5m), TradingStatus.Trading);
        return new CycleCandidates(at, [candidate], new Dictionary<Symbol, SymbolMarket> { [Eth] = new(instrument, 2000.00m, 2000.50m) },
            AccountHealth.Healthy, 100_000m, 50_000m, new HashSet<Symbol>(), new CorrelationMatrix());
    }

    private static string State(TradingEngine e) =>
        string.Join("\n", e.Orders.Orders.OrderBy(o => o.Id.Value, StringComparer.Ordinal).Select(o => $"{o.Id} {o.State} {o.Cancel} {o.Filled} {o.Spec.Quantity} {o.Spec.StopPrice}"))
        + "\n" + string.Join("\n", e.AllTrades.Values.OrderBy(t => t.Id.Value).Select(t => $"{t.Id} {t.Symbol} {t.Phase} {t.Step} {t.Position.Quantity} {t.Position.AverageEntry} {t.Position.StopPrice}"));
}
