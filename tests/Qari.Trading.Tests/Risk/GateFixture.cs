using Qari.Model.Ids;
using Qari.Model.Instruments;
using Qari.Trading.Risk;

namespace Qari.Trading.Tests.Risk;

/// <summary>A gate input on which all 16 checks pass; tests change one thing at a time.</summary>
internal static class GateFixture
{
    public static readonly DateTimeOffset Now = new(2026, 3, 4, 10, 0, 0, TimeSpan.Zero);
    public static readonly Symbol Eth = Symbol.Parse("ETH/USDT");
    public static readonly Symbol Sol = Symbol.Parse("SOL/USDT");
    public static readonly AccountId Account = new(Guid.Parse("11111111-1111-1111-1111-111111111111"));
    public static readonly UserId User = new(Guid.Parse("22222222-2222-2222-2222-222222222222"));
    public static readonly InstrumentRules Rules = new(0.01m, 0.001m, 0.001m, 5m);

    public static Instrument Instrument(Symbol symbol, TradingStatus status = TradingStatus.Trading) =>
        new(ExchangeId.Bybit, symbol, symbol.Base + symbol.Quote, Rules, status);

    // Zone 1900–2100 → entry 2000; invalidation 1750 → stop 1750 (12.5% below): 250 per unit.
    public static TradeCandidate Candidate(Symbol? symbol = null) => new(
        symbol ?? Eth, 72m, 1900m, 2100m, 1750m, 2600m, 3000m, 2.4m,
        "ETH: bullish structure, OB retest", "ETH/USDT: 4h and 1d agree bullish; price retests an A-grade order block.",
        ["L1 bullish: HH/HL on 4h and 1d", "L3 bullish: order block 1900–2100"]);

    public static AccountProfile Profile(Plan plan = Plan.Pro) =>
        new(Account, User, plan, Now.AddDays(30), false, true, new HashSet<Symbol>());

    // Equity 100,000: risk 1,000 / 250 = 4 units, allocation 10,000 / 2000 = 5 → 4 units: leg 1 = 2, leg 2 = 2.
    public static GateInput Input(TradeCandidate? candidate = null) => new(
        Now,
        candidate ?? Candidate(),
        new SymbolMarket(Instrument((candidate ?? Candidate()).Symbol), 2000.00m, 2000.50m),
        Profile(),
        AccountHealth.Healthy,
        TradingSettings.Default,
        PlanCaps.Default,
        100_000m,
        50_000m,
        0m,
        0,
        new HashSet<Symbol>(),
        new HashSet<Symbol>(),
        new CooldownBook(),
        KillSwitchStatus.Clear,
        new CorrelationMatrix().Set(Eth, Sol, 0.5));
}
