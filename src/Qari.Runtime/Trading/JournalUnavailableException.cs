namespace Qari.Runtime.Trading;

/// <summary>
/// A journal (or ownership) read or write that failed inside a trader turn: the turn is abandoned before anything
/// more leaves for the venue, and the trader waits for the journal (see <see cref="JournalOutage"/>).
/// </summary>
internal sealed class JournalUnavailableException(string where, Exception inner)
    : Exception($"journal unavailable while {where}: {inner.GetType().Name}", inner)
{
    /// <summary>What the trader was doing when the journal failed.</summary>
    public string Where { get; } = where;
}
