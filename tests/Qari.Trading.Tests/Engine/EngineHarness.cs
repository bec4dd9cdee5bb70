using System.Globalization;
using Qari.Model.Ids;
using Qari.Model.Orders;
using Qari.Model.Results;
using Qari.Trading.Commands;
using Qari.Trading.Engine;
using Qari.Trading.Events;
using Qari.Trading.Journal;
using Qari.Trading.Risk;
using Qari.Trading.Tests.Risk;

namespace Qari.Trading.Tests.Engine;

/// <summary>Drives one engine with scripted events and keeps the input journal so a crash can be simulated.</summary>
internal sealed class EngineHarness
{
    public static readonly DateTimeOffset T0 = new(2026, 3, 4, 10, 0, 0, TimeSpan.Zero); // a Wednesday
    public static readonly TradeId Trade1 = new(1);

    private int _fill;

    public EngineHarness(TradingSettings? settings = null, SingleNodeEntryLock? entryLock = null, List<EngineEvent>? history = null, List<JournalEntry>? journal = null)
    {
        Journal = journal ?? [];
        Lock = entryLock ?? new SingleNodeEntryLock();
        Gate = new RiskGate(Lock);
        Settings = settings ?? TradingSettings.Default;
        History = history ?? [];
        Engine = history is null
            ? new TradingEngine(GateFixture.Profile(), Settings, PlanCaps.Default, Gate)
            : TradingEngine.Restore(GateFixture.Profile(), Settings, PlanCaps.Default, Gate, history, Journal);
        Time = history is { Count: > 0 } ? history[^1].At : T0;
    }

    public SingleNodeEntryLock Lock { get; }
    public RiskGate Gate { get; }
    public TradingSettings Settings { get; }
    public List<EngineEvent> History { get; }
    public List<JournalEntry> Journal { get; }
    public TradingEngine Engine { get; }
    public DateTimeOffset Time { get; set; }
    public EngineStep Last { get; private set; } = EngineStep.Empty;

    public static ClientOrderId Id(OrderLeg leg, int seq, long trade = 1) => ClientOrderId.Create(new TradeId(trade), leg, seq);

    public string[] Send(EngineEvent e)
    {
        History.Add(e);
        Last = Engine.Handle(e);
        Journal.AddRange(Last.Journal);
        return Describe(Last);
    }

    public string[] Cycle(TradeCandidate? candidate = null, decimal equity = 100_000m, decimal free = 50_000m, AccountHealth? health = null,
        SymbolMarket? market = null, IReadOnlySet<Symbol>? platformBlacklist = null, ICorrelationSource? correlations = null)
    {
        var c = candidate ?? GateFixture.Candidate();
        var markets = new Dictionary<Symbol, SymbolMarket> { [c.Symbol] = market ?? new(GateFixture.Instrument(c.Symbol), 2000.00m, 2000.50m) };
        return Send(new CycleCandidates(Time, [c], markets, health ?? AccountHealth.Healthy, equity, free, platformBlacklist ?? new HashSet<Symbol>(),
            correlations ?? new CorrelationMatrix().Set(GateFixture.Eth, GateFixture.Sol, 0.2)));
    }

    public string[] Accept(ClientOrderId id) => Send(new OrderAccepted(Time, id, new ExchangeOrderId("x-" + id.Value)));
    public string[] Fill(ClientOrderId id, decimal qty, decimal price) => Send(new OrderFilled(Time, id, "f" + (++_fill).ToString(CultureInfo.InvariantCulture), qty, price));
    public string[] Canceled(ClientOrderId id) => Send(new OrderCanceled(Time, id));
    public string[] Unknown(ClientOrderId id) => Send(new OrderOutcomeUnknown(Time, id));
    public string[] Rejected(ClientOrderId id) => Send(new OrderRejected(Time, id, ErrorKind.InsufficientBalance, "insufficient balance"));
    public string[] Reported(ClientOrderId id, OrderStatus? status, decimal cum = 0, decimal avg = 0) => Send(new OrderStatusReported(Time, id, status, cum, avg));
    public string[] Price(decimal price, Symbol? symbol = null) => Send(new PriceTick(Time, symbol ?? GateFixture.Eth, price));
    public string[] Timer() => Send(new TimerTick(Time));

    /// <summary>Opens trade 1 with leg 1 (2 ETH at 2000) filled and its stop (2 at 1750) resting as q1S1.</summary>
    public void OpenWithLeg1Filled()
    {
        Cycle();
        Accept(Id(OrderLeg.Entry1, 0));
        Fill(Id(OrderLeg.Entry1, 0), 2m, 2000m);
        Accept(Id(OrderLeg.Stop, 0));
    }

    /// <summary>A restart: a new engine rebuilt from this one's journaled inputs, sharing the lock.</summary>
    public EngineHarness Crash() => new(Settings, Lock, [.. History], [.. Journal]);

    public static string[] Describe(EngineStep step) => step.Commands.Select(Describe).ToArray();

    public static string Describe(EngineCommand c) => c switch
    {
        PlaceOrder p => string.Create(CultureInfo.InvariantCulture,
            $"place {p.Spec.Id} {p.Spec.Side} {p.Spec.Type} {N(p.Spec.Quantity)}{(p.Spec.LimitPrice is { } l ? " @" + N(l) : "")}{(p.Spec.StopPrice is { } s ? " stop " + N(s) : "")}"),
        CancelOrder x => $"cancel {x.Id}",
        QueryOrder q => $"query {q.Id}",
        Notify n => $"notify {n.Kind}",
        _ => c.ToString(),
    };

    /// <summary>A decimal without trailing zeros, so scripts read "2" and not "2.000".</summary>
    public static string N(decimal d) => (d / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
}
