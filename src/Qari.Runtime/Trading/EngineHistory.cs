using Qari.Trading.Events;
using Qari.Trading.Journal;

namespace Qari.Runtime.Trading;

/// <summary>
/// An in-memory copy of what an account's trader journals (its inputs in order, and its outputs), from which
/// <see cref="Qari.Trading.Engine.TradingEngine.Restore"/> rebuilds the engine when the trader moves to another
/// silo. It stands in for reading the journal back (the SQLite journal stores the same events); shared by the silos
/// of one process only, so it serves the in-process failover test and a single machine, not separate machines.
/// </summary>
public sealed class EngineHistory
{
    private readonly Lock _gate = new();
    private readonly List<EngineEvent> _inputs = [];
    private readonly List<JournalEntry> _outputs = [];

    /// <summary>Records an input, in the order the engine handled it.</summary>
    public void Input(EngineEvent e)
    {
        lock (_gate) _inputs.Add(e);
    }

    /// <summary>Records an output of the engine.</summary>
    public void Output(JournalEntry entry)
    {
        lock (_gate) _outputs.Add(entry);
    }

    /// <summary>A copy of the inputs and outputs recorded so far.</summary>
    public (IReadOnlyList<EngineEvent> Inputs, IReadOnlyList<JournalEntry> Outputs) Snapshot()
    {
        lock (_gate) return (_inputs.ToList(), _outputs.ToList());
    }

    /// <summary>True when nothing was recorded yet (a fresh account).</summary>
    public bool IsEmpty
    {
        get
        {
            lock (_gate) return _inputs.Count == 0;
        }
    }
}
