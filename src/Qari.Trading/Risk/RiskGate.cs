using Qari.Model.Ids;
using Qari.Trading.Risk.Rules;

namespace Qari.Trading.Risk;

/// <summary>
/// The 16-check gate (SPEC §5). Evaluates every rule and returns a decision listing every failed check; never
/// throws. When all pass it takes the entry lock (check 10) and the decision says so: the caller releases it once
/// the entry order's outcome is known.
/// </summary>
public sealed class RiskGate
{
    private readonly IRiskRule[] _rules;
    private readonly EntryLockRule _lockRule;

    /// <summary>A gate with the 16 standard rules around <paramref name="entryLock"/>.</summary>
    public RiskGate(IEntryLock entryLock)
    {
        _lockRule = new EntryLockRule(entryLock);
        _rules =
        [
            new EngineAndAutoTradingRule(), new SubscriptionRule(), new SymbolTradingRule(), new BlacklistRule(),
            new NoPositionInSymbolRule(), new PositionCapRule(), new FreeBalanceRule(), new OrderMinimumsRule(),
            new SpreadRule(), _lockRule, new CooldownRule(), new CorrelationRule(), new RiskRewardRule(),
            new KillSwitchRule(), new MarketEventRule(), new AccountHealthRule(),
        ];
    }

    /// <summary>The entry lock of check 10.</summary>
    public IEntryLock EntryLock => _lockRule.Lock;

    /// <summary>The rules in check order.</summary>
    public IReadOnlyList<IRiskRule> Rules => _rules;

    /// <summary>Evaluates all 16 checks for <paramref name="input"/> on behalf of <paramref name="account"/>.</summary>
    public RiskDecision Evaluate(GateInput input, AccountId account)
    {
        SizingPlan sizing;
        try
        {
            sizing = PositionSizer.Size(input);
        }
        catch (Exception ex) when (ex is ArithmeticException or ArgumentException)
        {
            // Extreme inputs (overflow, zero division) must block the entry, not crash the account's engine.
            sizing = new SizingPlan(0, 0, 0, 0, 0, 0, 0, $"sizing failed: {ex.Message}");
        }

        List<RiskFailure>? failures = null;
        foreach (var rule in _rules)
        {
            RiskFailure? failure;
            try
            {
                failure = rule.Evaluate(input, sizing);
            }
            catch (Exception ex) when (ex is ArithmeticException or ArgumentException or InvalidOperationException or NullReferenceException)
            {
                failure = new RiskFailure(rule.Check, "check.error", $"The check could not be evaluated: {ex.Message}");
            }
            if (failure is not null) (failures ??= []).Add(failure);
        }

        var acquired = false;
        if (failures is null)
        {
            acquired = _lockRule.Lock.TryAcquire(input.LockKey, account);
            if (!acquired) failures = [_lockRule.Held(input)];
        }
        return new RiskDecision(input.Candidate.Symbol, input.Now, failures ?? (IReadOnlyList<RiskFailure>)[], sizing, acquired);
    }
}
