using Microsoft.Data.Sqlite;

namespace Qari.Runtime.Journal;

/// <summary>
/// Group commit for the SQLite journal's batches. SQLite has one writer, so a durable commit's sync serialises every
/// trader behind it; instead, each batch is queued and the flusher (a thread of its own) writes every queued batch in one
/// transaction (each inside its own savepoint, so one batch's failure undoes only that batch) and
/// syncs once for all of them. Every caller returns only after the transaction holding its batch committed — durably
/// when any batch in it asked — so the write-ahead rule holds per batch. A fenced batch's epoch is read inside the
/// same transaction before its rows are written; a claim takes the same connection lock, so it cannot slip in between.
/// </summary>
internal sealed class SqliteGroupCommit : IDisposable
{
    private readonly SqliteConnection _db;
    private readonly Lock _connectionGate;
    private readonly SqliteJournalWrites _writes;
    private readonly Lock _queueGate = new();
    private readonly SemaphoreSlim _wake = new(0);
    private readonly Thread _flusher;
    private List<Pending> _queue = [];
    private bool _woken;
    private bool _stopping;

    public SqliteGroupCommit(SqliteConnection db, Lock connectionGate, SqliteJournalWrites writes)
    {
        _db = db;
        _connectionGate = connectionGate;
        _writes = writes;
        // The flushes run on a thread of their own: a sync blocks it for milliseconds, and on a thread-pool worker that
        // would take one of the few workers (two on a 2-core node) away from every trader for as long.
        _flusher = new Thread(FlushLoop) { IsBackground = true, Name = "qari journal flush" };
        _flusher.Start();
    }

    /// <summary>Completes once the transaction holding <paramref name="batch"/> committed (or its fence failed); faults with what failed it.</summary>
    public Task<JournalCommit> CommitAsync(JournalBatch batch)
    {
        var mine = new Pending(batch.Writes, batch.Durable, batch.Fence);
        bool wake;
        lock (_queueGate)
        {
            if (_stopping) throw new ObjectDisposedException(nameof(JournalStore));
            _queue.Add(mine);
            wake = !_woken;
            _woken = true;
        }
        // The caller waits without holding a thread; batches queued while a group is being written go in the next group.
        if (wake) _wake.Release();
        return mine.Done.Task;
    }

    /// <summary>Writes what is still queued, then stops the flusher.</summary>
    public void Dispose()
    {
        lock (_queueGate)
        {
            if (_stopping) return;
            _stopping = true;
        }
        _wake.Release();
        _flusher.Join();
        _wake.Dispose();
    }

    private void FlushLoop()
    {
        while (true)
        {
            _wake.Wait();
            List<Pending> group;
            bool stopping;
            lock (_queueGate)
            {
                group = _queue;
                _queue = [];
                _woken = false;
                stopping = _stopping;
            }
            if (group.Count > 0)
            {
                lock (_connectionGate) Flush(group);
            }
            if (stopping) return;
        }
    }

    private void Flush(List<Pending> group)
    {
        var durable = group.Exists(p => p.Durable);
        Exception? failed = null;
        try
        {
            if (durable) Synchronous(_db, "FULL");
            using var tx = _db.BeginTransaction();
            foreach (var pending in group) Write(tx, pending);
            tx.Commit();
        }
        catch (Exception ex)
        {
            // The transaction did not commit: no batch of the group is written, each caller sees why.
            failed = ex;
        }
        finally
        {
            if (durable) Synchronous(_db, "NORMAL");
            foreach (var pending in group)
            {
                if ((pending.Error ?? failed) is { } error) pending.Done.TrySetException(error);
                else pending.Done.TrySetResult(pending.Superseded ? JournalCommit.Superseded : JournalCommit.Committed);
            }
        }
    }

    private void Write(SqliteTransaction tx, Pending pending)
    {
        tx.Save("batch");
        try
        {
            if (pending.Fence is { } fence && !_writes.Holds(tx, fence))
            {
                // Another process owns the account now: nothing of this batch is written (no sending row, so nothing is sent).
                pending.Superseded = true;
                tx.Release("batch");
                return;
            }
            foreach (var write in pending.Writes) _writes.Execute(tx, write);
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

    private sealed class Pending(IReadOnlyList<JournalWrite> writes, bool durable, JournalFence? fence)
    {
        public IReadOnlyList<JournalWrite> Writes { get; } = writes;

        public bool Durable { get; } = durable;

        public JournalFence? Fence { get; } = fence;

        public bool Superseded { get; set; }

        public Exception? Error { get; set; }

        public TaskCompletionSource<JournalCommit> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
