using Qari.Model.Ids;

namespace Qari.Runtime.Journal;

/// <summary>The condition a fenced batch commits under: the account's ownership epoch is still <paramref name="Epoch"/>.</summary>
public sealed record JournalFence(AccountId Account, long Epoch);
