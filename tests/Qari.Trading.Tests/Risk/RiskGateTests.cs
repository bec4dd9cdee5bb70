using Qari.Model.Ids;
using Qari.Model.Instruments;
using Qari.Trading.Risk;
using static Qari.Trading.Tests.Risk.GateFixture;

namespace Qari.Trading.Tests.Risk;

public class RiskGateTests
{
    private static RiskDecision Evaluate(GateInput input, IEntryLock? entryLock = null) =>
        new RiskGate(entryLock ?? new SingleNodeEntryLock()).Evaluate(input, Account);

    [Fact]
    public void Evaluate_AllChecksPass_ApprovesSizesAndTakesLock()
    {
        var entryLock = new SingleNodeEntryLock();
        var decision = Evaluate(Input(), entryLock);

        Assert.True(decision.Approved, string.Join("; ", decision.Failures));
        Assert.True(decision.LockAcquired);
        Assert.True(entryLock.IsHeld(new EntryLockKey(User, Eth)));
        Assert.Equal(2000m, decision.Sizing.EntryPrice);
        Assert.Equal(1750m, decision.Sizing.StopPrice);
        Assert.Equal(2m, decision.Sizing.Leg1Quantity);
        Assert.Equal(2m, decision.Sizing.Leg2Quantity);
        Assert.Equal(1000m, decision.Sizing.RiskQuote);
    }

    public static TheoryData<int> Checks() => new() { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 };

    [Theory]
    [MemberData(nameof(Checks))]
    public void Evaluate_OneCheckFailing_RejectsWithExactlyThatCheck(int check)
    {
        var entryLock = new SingleNodeEntryLock();
        var input = Breaking((RiskCheck)check, Input(), entryLock);

        var decision = Evaluate(input, entryLock);

        Assert.False(decision.Approved);
        var failure = Assert.Single(decision.Failures);
        Assert.Equal((RiskCheck)check, failure.Check);
        Assert.False(string.IsNullOrWhiteSpace(failure.Code));
        Assert.False(decision.LockAcquired);
    }

    [Fact]
    public void Evaluate_SeveralChecksFailing_ListsEveryOne()
    {
        var input = Input() with
        {
            Profile = Profile() with { AutoTrading = false },
            Candidate = Candidate() with { RiskReward = 1.2m, BtcCrash = true },
            KillSwitch = new KillSwitchStatus(true, "test", null),
        };

        var decision = Evaluate(input);

        Assert.Equal(
            [RiskCheck.EngineAndAutoTrading, RiskCheck.RiskReward, RiskCheck.KillSwitch, RiskCheck.MarketEvent],
            decision.Failures.Select(f => f.Check).ToArray());
    }

    [Fact]
    public void Evaluate_RejectedWhileLockFree_DoesNotLeaveLockHeld()
    {
        var entryLock = new SingleNodeEntryLock();
        Evaluate(Input() with { Candidate = Candidate() with { RiskReward = 1m } }, entryLock);
        Assert.False(entryLock.IsHeld(new EntryLockKey(User, Eth)));
    }

    [Fact]
    public void Evaluate_AbsurdNumbers_NeverThrowsAndRejects()
    {
        var input = Input() with
        {
            Equity = decimal.MaxValue,
            Candidate = Candidate() with { ZoneLow = 0.0000000001m, ZoneHigh = 0.0000000001m, Invalidation = 0m },
        };
        var decision = Evaluate(input);
        Assert.False(decision.Approved);
        Assert.True(decision.Failed(RiskCheck.OrderMinimums));
    }

    [Fact]
    public void Evaluate_SelfHostedWithManyPositions_HasNoCap()
    {
        var input = Input() with { Profile = Profile(Plan.SelfHosted) with { PlanValidUntil = null }, OpenPositions = 500 };
        Assert.True(Evaluate(input).Approved);
    }

    [Theory]
    [InlineData(Plan.Trial, 5)]
    [InlineData(Plan.Pro, 10)]
    [InlineData(Plan.Premium, 20)]
    public void Evaluate_AtPlanCap_FailsCheck6AndOneBelowPasses(Plan plan, int cap)
    {
        var at = Input() with { Profile = Profile(plan), OpenPositions = cap };
        var below = Input() with { Profile = Profile(plan), OpenPositions = cap - 1 };
        Assert.True(Evaluate(at).Failed(RiskCheck.PositionCap));
        Assert.True(Evaluate(below).Approved);
    }

    [Fact]
    public void Evaluate_ExpiredPlanWithWaiver_Passes()
    {
        var input = Input() with { Profile = Profile() with { PlanValidUntil = Now.AddDays(-1), Waiver = true } };
        Assert.True(Evaluate(input).Approved);
    }

    [Fact]
    public void Evaluate_CooldownEnded_Passes()
    {
        var cooldowns = new CooldownBook();
        cooldowns.Start(Eth, Now);
        Assert.True(Evaluate(Input() with { Cooldowns = cooldowns }).Approved);
    }

    /// <summary>Changes the passing input so that exactly <paramref name="check"/> fails.</summary>
    internal static GateInput Breaking(RiskCheck check, GateInput input, IEntryLock entryLock)
    {
        switch (check)
        {
            case RiskCheck.EngineAndAutoTrading: return input with { Health = input.Health with { EngineRunning = false } };
            case RiskCheck.Subscription: return input with { Profile = input.Profile with { PlanValidUntil = Now.AddSeconds(-1) } };
            case RiskCheck.SymbolTrading:
                return input with { Market = input.Market with { Instrument = Instrument(Eth, TradingStatus.Halted) } };
            case RiskCheck.Blacklist: return input with { PlatformBlacklist = new HashSet<Symbol> { Eth } };
            case RiskCheck.NoPositionInSymbol: return input with { BusySymbols = new HashSet<Symbol> { Eth } };
            case RiskCheck.PositionCap: return input with { OpenPositions = 10 };
            // 50,000 free but 48,000 reserved by other trades' leg 2: 2,000 left for an 8,008 entry.
            case RiskCheck.FreeBalance: return input with { ReservedQuote = 48_000m };
            case RiskCheck.OrderMinimums:
                return input with
                {
                    Market = input.Market with { Instrument = Instrument(Eth) with { Rules = Rules with { MinNotional = 10_000m } } },
                };
            case RiskCheck.Spread: return input with { Market = input.Market with { Bid = 1980m, Ask = 2000m } };
            case RiskCheck.EntryLock:
                entryLock.TryAcquire(input.LockKey, new AccountId(Guid.NewGuid()));
                return input;
            case RiskCheck.Cooldown:
                var book = new CooldownBook();
                book.Start(Eth, Now.AddHours(3));
                return input with { Cooldowns = book };
            case RiskCheck.Correlation:
                return input with
                {
                    BusySymbols = new HashSet<Symbol> { Sol },
                    OpenPositions = 1,
                    Correlations = new CorrelationMatrix().Set(Eth, Sol, 0.9),
                };
            case RiskCheck.RiskReward: return input with { Candidate = input.Candidate with { RiskReward = 1.99m } };
            case RiskCheck.KillSwitch: return input with { KillSwitch = new KillSwitchStatus(true, "realised -2R today", Now.AddHours(14)) };
            case RiskCheck.MarketEvent: return input with { Candidate = input.Candidate with { ExtremeLiquidationEvent = true } };
            case RiskCheck.AccountHealth: return input with { Health = input.Health with { ClockInSync = false } };
            default: throw new ArgumentOutOfRangeException(nameof(check));
        }
    }
}
