using Qari.Trading.Commands;
using Qari.Trading.Journal;

namespace Qari.Trading.Engine;

/// <summary>What the engine produced for one event: commands for the edges and facts for the journal, in order.</summary>
public sealed record EngineStep(IReadOnlyList<EngineCommand> Commands, IReadOnlyList<JournalEntry> Journal)
{
    /// <summary>Nothing.</summary>
    public static EngineStep Empty { get; } = new([], []);
}
