using System.Runtime.ExceptionServices;
using Microsoft.Data.Sqlite;

namespace Qari.Runtime.Journal;

/// <summary>
/// Group commit for the SQLite journal's batches. SQLite has one writer, so a durable commit's sync serialises every
/// trader behind it; instead, each batch is queued and whichever trader next holds the connection's lock writes every
/// queued batch in one transaction (each inside its own savepoint, so one batch's failure undoes only that batch) and
/// syncs once for all of them. Every caller returns only after the transaction holding its batch committed — durably
/// when any batch in it asked — so the write-ahead rule holds per batch.
/// </summary>
internal sealed class SqliteGroupCommit(SqliteConnection db, Lock connectionGate, long run)
{
    private readonly Lock _queueGate = new();
    private List<Pending> _queue = [];

    /// <summary>Commits <paramref name="batch"/> (possibly with other traders' batches), or throws what failed it.</summary>
    public void Commit(JournalBatch batch)
    {
        var mine = new Pending(batch.Writes, batch.Durable);
        lock (_queueGate) _queue.Add(mine);
        lock (connectionGate)
        {
            // A trader that held the lock before us may have committed our batch with its own.
            if (!mine.Done) Flush();
        }
        if (mine.Error is { } error) ExceptionDispatchInfo.Throw(error);
    }

    private void Flush()
    {
        List<Pending> group;
        lock (_queueGate)
        {
            group = _queue;
            _queue = [];
        }
        var durable = group.Exists(p => p.Durable);
        try
        {
            if (durable) Synchronous(db, "FULL");
            using var tx = db.BeginTransaction();
            foreach (var pending in group) Write(tx, pending);
            tx.Commit();
        }
        catch (Exception ex)
        {
            // The transaction did not commit: no batch of the group is written, each caller sees why.
            foreach (var pending in group) pending.Error ??= ex;
        }
        finally
        {
            if (durable) Synchronous(db, "NORMAL");
            foreach (var pending in group) pending.Done = true;
        }
    }

    private void Write(SqliteTransaction tx, Pending pending)
    {
        tx.Save("batch");
        try
        {
            foreach (var write in pending.Writes) SqliteJournalWrites.Execute(db, tx, run, write);
            tx.Release("batch");
        }
        catch (SqliteException ex)
        {
            // This batch only: its earlier writes are undone, the other traders' batches still commit.
            tx.Rollback("batch");
            tx.Release("batch");
            pending.Error = ex;
        }
    }

    /// <summary>Sets the connection's sync level (outside a transaction): FULL syncs the WAL at the next commit, and with it every earlier commit.</summary>
    public static void Synchronous(SqliteConnection db, string level)
    {
        using var cmd = db.CreateCommand();
        cmd.CommandText = $"PRAGMA synchronous = {level}";
        cmd.ExecuteNonQuery();
    }

    private sealed class Pending(IReadOnlyList<JournalWrite> writes, bool durable)
    {
        public IReadOnlyList<JournalWrite> Writes { get; } = writes;

        public bool Durable { get; } = durable;

        public Exception? Error { get; set; }

        public bool Done { get; set; }
    }
}
