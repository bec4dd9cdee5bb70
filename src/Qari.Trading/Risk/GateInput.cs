using Qari.Model.Ids;

namespace Qari.Trading.Risk;

/// <summary>Everything the 16 checks look at for one candidate on one account, gathered at decision time.</summary>
/// <param name="Now">Decision time (from the event that triggered it).</param>
/// <param name="Candidate">The analysis candidate.</param>
/// <param name="Market">Instrument and quotes of the candidate's symbol.</param>
/// <param name="Profile">Owner, plan, switches, user blacklist.</param>
/// <param name="Health">Engine and account health.</param>
/// <param name="Settings">The account's trading settings.</param>
/// <param name="Caps">Concurrent-position caps per plan.</param>
/// <param name="Equity">Account equity in quote.</param>
/// <param name="FreeQuote">Free quote balance as the exchange reports it.</param>
/// <param name="ReservedQuote">Quote already promised to other trades (pending leg 1 orders, leg 2 reservations).</param>
/// <param name="OpenPositions">Positions open or entering (they count against the cap).</param>
/// <param name="BusySymbols">Symbols with an open position or a pending entry (check 5).</param>
/// <param name="PlatformBlacklist">The operator's blacklist.</param>
/// <param name="Cooldowns">Cooldowns after stop-losses.</param>
/// <param name="KillSwitch">The kill switch status at <paramref name="Now"/>.</param>
/// <param name="Correlations">30-day correlations.</param>
public sealed record GateInput(
    DateTimeOffset Now,
    TradeCandidate Candidate,
    SymbolMarket Market,
    AccountProfile Profile,
    AccountHealth Health,
    TradingSettings Settings,
    PlanCaps Caps,
    decimal Equity,
    decimal FreeQuote,
    decimal ReservedQuote,
    int OpenPositions,
    IReadOnlyCollection<Symbol> BusySymbols,
    IReadOnlySet<Symbol> PlatformBlacklist,
    CooldownBook Cooldowns,
    KillSwitchStatus KillSwitch,
    ICorrelationSource Correlations)
{
    /// <summary>The lock key of this entry (check 10).</summary>
    public EntryLockKey LockKey => new(Profile.User, Candidate.Symbol);
}
