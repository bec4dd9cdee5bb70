namespace Qari.Runtime.Journal;

/// <summary>What became of a <see cref="JournalBatch"/> given to <see cref="IJournal.CommitAsync"/>.</summary>
public enum JournalCommit
{
    /// <summary>Every row of the batch is committed (durably when the batch asked).</summary>
    Committed,

    /// <summary>
    /// The batch's fence did not hold: the account's ownership epoch had moved on when the transaction checked it, so
    /// nothing of the batch was written (its trader lost the account and must send nothing).
    /// </summary>
    Superseded,
}
