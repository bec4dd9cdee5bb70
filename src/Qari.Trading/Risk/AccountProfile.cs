using Qari.Model.Ids;

namespace Qari.Trading.Risk;

/// <summary>The account's owner-side facts the gate needs: who, which plan until when, switches and blacklist.</summary>
/// <param name="Account">The exchange account.</param>
/// <param name="User">The owner (the entry lock is per user and symbol).</param>
/// <param name="Plan">The plan.</param>
/// <param name="PlanValidUntil">End of the trial or paid period; null for no end (self-hosted).</param>
/// <param name="Waiver">An operator's waiver: the subscription counts as valid.</param>
/// <param name="AutoTrading">The user's auto-trading switch.</param>
/// <param name="UserBlacklist">Symbols the user never wants traded.</param>
public sealed record AccountProfile(
    AccountId Account,
    UserId User,
    Plan Plan,
    DateTimeOffset? PlanValidUntil,
    bool Waiver,
    bool AutoTrading,
    IReadOnlySet<Symbol> UserBlacklist);
