using Qari.Model.Ids;
using Qari.Model.Instruments;
using Qari.Model.Orders;
using Qari.Trading.Events;
using Qari.Trading.Journal;
using Qari.Trading.Risk;
using Qari.Trading.Tests.Risk;
using static Qari.Trading.Tests.Engine.EngineHarness;

namespace Qari.Trading.Tests.Engine;

/// <summary>
/// Each of the 16 checks failing alone, as an engine script: the events that make it fail, then a cycle with an
/// otherwise perfect candidate on SOL — no command may come out, and the journaled decision names exactly that check.
/// </summary>
public class GateScenarioTests
{
    private static readonly Symbol Sol = GateFixture.Sol;

    public static TheoryData<int> Checks() => new() { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 };

    [Theory]
    [MemberData(nameof(Checks))]
    public void Cycle_OneCheckFailing_NoCommandsAndOnlyThatCheckJournaled(int number)
    {
        var check = (RiskCheck)number;
        var h = new EngineHarness();
        var candidate = GateFixture.Candidate(Sol);
        var market = new SymbolMarket(GateFixture.Instrument(Sol), 2000.00m, 2000.50m);
        AccountHealth? health = null;
        IReadOnlySet<Symbol>? blacklist = null;
        ICorrelationSource? correlations = null;
        var free = 50_000m;

        switch (check)
        {
            case RiskCheck.EngineAndAutoTrading:
                h.Send(new ProfileChanged(h.Time, GateFixture.Profile() with { AutoTrading = false }));
                break;
            case RiskCheck.Subscription:
                h.Send(new ProfileChanged(h.Time, GateFixture.Profile() with { PlanValidUntil = h.Time.AddDays(-1) }));
                break;
            case RiskCheck.SymbolTrading:
                market = market with { Instrument = GateFixture.Instrument(Sol, TradingStatus.Maintenance) };
                break;
            case RiskCheck.Blacklist:
                blacklist = new HashSet<Symbol> { Sol };
                break;
            case RiskCheck.NoPositionInSymbol:
                h.Cycle(candidate);  // trade 1 on SOL, leg 1 working
                h.Accept(Id(OrderLeg.Entry1, 0));
                break;
            case RiskCheck.PositionCap:
                h.Send(new ProfileChanged(h.Time, GateFixture.Profile(Plan.Trial)));
                var others = new[] { "A1/USDT", "A2/USDT", "A3/USDT", "A4/USDT", "A5/USDT" }.Select(Symbol.Parse).ToArray();
                var matrix = new CorrelationMatrix();
                foreach (var a in others.Append(Sol)) foreach (var b in others.Append(Sol)) if (a != b) matrix.Set(a, b, 0.1);
                foreach (var s in others) h.Cycle(GateFixture.Candidate(s), correlations: matrix);
                correlations = matrix;
                break;
            case RiskCheck.FreeBalance:
                OpenEthWithLeg2Reserved(h);  // 4,004 reserved for ETH's leg 2
                free = 9_000m;               // SOL needs 8,008; 9,000 − 4,004 is not enough
                break;
            case RiskCheck.OrderMinimums:
                market = market with { Instrument = GateFixture.Instrument(Sol) with { Rules = GateFixture.Rules with { MinQuantity = 10m } } };
                break;
            case RiskCheck.Spread:
                market = market with { Bid = 1985m, Ask = 2000m };
                break;
            case RiskCheck.EntryLock:
                h.Lock.TryAcquire(new EntryLockKey(GateFixture.User, Sol), new AccountId(Guid.NewGuid())); // the user's other account
                break;
            case RiskCheck.Cooldown:
                h.Cycle(candidate);
                h.Accept(Id(OrderLeg.Entry1, 0));
                h.Fill(Id(OrderLeg.Entry1, 0), 2m, 2000m);
                h.Accept(Id(OrderLeg.Stop, 0));
                h.Fill(Id(OrderLeg.Stop, 0), 2m, 1750m); // −0.5R stop-loss
                h.Time = h.Time.AddHours(23);
                break;
            case RiskCheck.Correlation:
                OpenEthWithLeg2Reserved(h);
                correlations = new CorrelationMatrix().Set(GateFixture.Eth, Sol, 0.91);
                break;
            case RiskCheck.RiskReward:
                candidate = candidate with { RiskReward = 1.8m };
                break;
            case RiskCheck.KillSwitch:
                h.Send(new ManualKillSwitch(h.Time, KillActor.Operator, true));
                break;
            case RiskCheck.MarketEvent:
                candidate = candidate with { BtcCrash = true };
                break;
            case RiskCheck.AccountHealth:
                health = AccountHealth.Healthy with { KeyValid = false };
                break;
        }

        var commands = h.Cycle(candidate, free: free, health: health, market: market, platformBlacklist: blacklist, correlations: correlations);

        Assert.Empty(commands);
        var decision = h.Last.Journal.OfType<GateEvaluated>().Single(g => g.Candidate.Symbol == Sol).Decision;
        Assert.Equal(check, Assert.Single(decision.Failures).Check);
    }

    private static void OpenEthWithLeg2Reserved(EngineHarness h)
    {
        h.Cycle();
        h.Accept(Id(OrderLeg.Entry1, 0));
        h.Fill(Id(OrderLeg.Entry1, 0), 2m, 2000m);
    }
}
