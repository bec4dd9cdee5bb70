using Qari.Model.Ids;

namespace Qari.Trading.Risk;

/// <summary>What check 10 locks: one user's entry into one symbol.</summary>
public readonly record struct EntryLockKey(UserId User, Symbol Symbol);
