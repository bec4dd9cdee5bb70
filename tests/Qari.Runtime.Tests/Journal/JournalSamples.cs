using Qari.Model.Ids;
using Qari.Model.Instruments;
using Qari.Model.Orders;
using Qari.Model.Results;
using Qari.Trading.Engine;
using Qari.Trading.Events;
using Qari.Trading.Execution;
using Qari.Trading.Journal;
using Qari.Trading.Risk;

namespace Qari.Runtime.Tests.Journal;

/// <summary>One instance of every engine input and journal entry, with awkward values: decimal scales, sub-millisecond times, offsets, nulls.</summary>
internal static class JournalSamples
{
    public static readonly DateTimeOffset At = new DateTimeOffset(2026, 1, 20, 3, 4, 5, TimeSpan.FromHours(2)).AddTicks(1_234_567);
    public static readonly Symbol Btc = new("BTC", "USDT");
    public static readonly Symbol Eth = new("ETH", "USDT");
    public static readonly ClientOrderId Stop = ClientOrderId.Create(new TradeId(7), OrderLeg.Stop, 2);
    public static readonly ClientOrderId Entry = ClientOrderId.Create(new TradeId(7), OrderLeg.Entry1, 0);
    public static readonly AccountId Account = new(new Guid("12345678-0000-4000-8000-000000000001"));

    public static TradeCandidate Candidate { get; } = new(Btc, 80.50m, 92994.6200m, 93180.00m, 78809.000000001m, 95000.10m, 99000m, 3.5m,
        "summary, with \"quotes\"", "explanation\nsecond line — ünïcode", ["L1 bullish: HH/HL", "L3 bullish: OB"], ExtremeLiquidationEvent: true, BtcCrash: false);

    public static SizingPlan Sizing { get; } = new(92994.62m, 78809.00m, 0.00352m, 0.00350m, 99.8667648m, 327.6m, 326.1m, null);

    public static OrderSpec Spec { get; } = new(Stop, new TradeId(7), OrderLeg.Stop, Btc, OrderSide.Sell, OrderType.StopMarket, 0.00351m, null, 78809.00m);

    public static IReadOnlyList<EngineEvent> Events() =>
    [
        new CancelOutcomeUnknown(At, Stop),
        new CancelRejected(At, Stop, ErrorKind.UnknownOrder, "Unknown order sent."),
        new ChangeOfCharacter(At, Btc, 93000.10m),
        Cycle(),
        new EngineRestarted(At),
        new HigherLow(At, Eth, 3185.240m),
        new ManualKillSwitch(At, KillActor.Operator, Engaged: true, CloseAll: true),
        new OrderAccepted(At, Entry, new ExchangeOrderId("981")),
        new OrderCanceled(At, Stop),
        new OrderExpired(At, Entry),
        new OrderFilled(At, Entry, "1234", 0.00352000m, 92725.76000000m, 0m, 0.00000352m),
        new OrderOutcomeUnknown(At, Entry),
        new OrderRejected(At, Entry, ErrorKind.Validation, "Filter failure: LOT_SIZE"),
        new OrderStatusReported(At, Entry, OrderStatus.PartiallyFilled, 0.001m, 92725.5m, new ExchangeOrderId("981")),
        new OrderStatusReported(At, Stop, null),
        new PriceTick(At, Btc, 92726.47m),
        new ProfileChanged(At, new AccountProfile(Account, new UserId(Account.Value), Plan.Pro, At.AddDays(30), Waiver: true, AutoTrading: false, new HashSet<Symbol> { Eth, Btc })),
        new ReconciliationApplied(At,
            [new OrderFilled(At, Entry, "77", 0.001m, 92000.00m, 0.092m), new OrderStatusReported(At, Stop, OrderStatus.Canceled, 0m)],
            [Entry], [(Stop, Btc)], [("balance ETH", "0.5 ETH held that Qari did not buy")],
            new Dictionary<string, decimal> { ["USDT"] = 9672.400m, ["BTC"] = 0.00351648m }),
        new SettingsChanged(At, TradingSettings.Default with { RiskPerTrade = 0.005m, StopLossCooldown = TimeSpan.FromHours(12.5), MaxCorrelation = 0.8 }),
        new TimerTick(At),
    ];

    public static IReadOnlyList<JournalEntry> Entries() =>
    [
        new CancelSubmitted(At, Stop, "stop moved"),
        new Flagged(At, "balance ETH", "held outside Qari"),
        new GateEvaluated(At, Candidate, new RiskDecision(Btc, At, [new RiskFailure(RiskCheck.Spread, "spread.wide", "Spread 0.6% is above 0.5%.")], Sizing, LockAcquired: false)),
        new KillSwitchChanged(At, true, "day R -2", At.AddHours(20)),
        new KillSwitchChanged(At, false, "released", null),
        new LegChanged(At, new TradeId(7), TradePhase.Entering, TradePhase.AwaitingLeg2, "leg 1 filled"),
        new OrderSubmitted(At, Spec, "protect"),
        new OrderUpdated(At, Entry, OrderState.New, OrderState.Filled, 0.00352000m, 92725.76000000m),
        new ProcedureStepped(At, new TradeId(7), ExitPurpose.TakeProfit1, ExitStep.CancelingStop, ExitStep.Selling, "stop cancelled"),
        new StopMoved(At, new TradeId(7), 0m, 78809.00m, "average entry changed"),
        new TradeClosed(At, new TradeId(7), -99.8667648m, -1.000m, "stop-loss"),
        new TradeOpened(At, new TradeId(7), Candidate, Sizing),
    ];

    private static CycleCandidates Cycle()
    {
        var rules = new InstrumentRules(0.01m, 0.00001m, 0.00001m, 5m, 9000m);
        var markets = new Dictionary<Symbol, SymbolMarket>
        {
            [Btc] = new(new Instrument(ExchangeId.Binance, Btc, "BTCUSDT", rules, TradingStatus.Trading), 92726.46m, 92726.48m),
            [Eth] = new(new Instrument(ExchangeId.Binance, Eth, "ETHUSDT", rules with { MaxQuantity = null }, TradingStatus.Halted), 3185.24m, 3185.250m),
        };
        return new CycleCandidates(At, [Candidate], markets, new AccountHealth(ExchangeReachable: false, MarketDataFresh: true), 10000.00m, 9672.4m,
            new HashSet<Symbol> { Eth }, new CorrelationMatrix().Set(Btc, Eth, 0.8123456789012345));
    }
}
