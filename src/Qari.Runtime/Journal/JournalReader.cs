using Qari.Model.Ids;
using Qari.Model.Results;
using Qari.Trading.Events;
using Qari.Trading.Journal;

namespace Qari.Runtime.Journal;

/// <summary>Reads an account's journal back: its engine inputs and outputs over every run, in the order they happened.</summary>
public static class JournalReader
{
    /// <summary>
    /// The account's history, or the first row that cannot be read (a trader must not start on a journal it cannot read).
    /// <paramref name="thisRunOnly"/> limits it to the rows of the store's own run: the demo's venue starts fresh each
    /// run, so only what this run journaled describes it.
    /// </summary>
    public static Result<JournalHistory> Read(IJournal journal, AccountId account, bool thisRunOnly = false)
    {
        ArgumentNullException.ThrowIfNull(journal);
        var inputs = new List<EngineEvent>();
        var outputs = new List<JournalEntry>();
        var row = 0;
        foreach (var (direction, kind, payload) in journal.Rows(account, thisRunOnly))
        {
            row++;
            if (direction == "in")
            {
                var e = JournalPayload.ReadEvent(kind, payload);
                if (!e.IsSuccess) return Error.Validation("journal.read", $"account {account}, row {row}: {e.Error!.Message}");
                inputs.Add(e.Value);
            }
            else
            {
                var entry = JournalPayload.ReadEntry(kind, payload);
                if (!entry.IsSuccess) return Error.Validation("journal.read", $"account {account}, row {row}: {entry.Error!.Message}");
                outputs.Add(entry.Value);
            }
        }
        return new JournalHistory(inputs, outputs);
    }
}
