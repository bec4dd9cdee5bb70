using Qari.Trading.Events;
using Qari.Trading.Journal;

namespace Qari.Runtime.Journal;

/// <summary>An account's journal read back: the engine's inputs and its outputs, each in order.</summary>
public sealed record JournalHistory(IReadOnlyList<EngineEvent> Inputs, IReadOnlyList<JournalEntry> Outputs)
{
    /// <summary>True when nothing was ever journaled for the account.</summary>
    public bool IsEmpty => Inputs.Count == 0 && Outputs.Count == 0;
}
