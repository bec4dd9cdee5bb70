using System.Globalization;
using Microsoft.Data.Sqlite;
using Qari.Model.Ids;
using Qari.Runtime.Ownership;
using Qari.Trading.Execution;

namespace Qari.Runtime.Journal;

/// <summary>
/// The runtime's journal in SQLite (the embedded, single-machine default): every engine input and output, every order
/// before it is sent and after its outcome, and a snapshot of each account (positions, R, kill switch) for
/// <c>qari status</c>. One connection per process behind a lock (SQLite has one writer anyway); rows carry the run id.
/// WAL with <c>synchronous = NORMAL</c>, except that a commit holding an order's sending row (or preceding a cancel)
/// runs with <c>synchronous = FULL</c>, which syncs the WAL up to and including it (docs/runtime.md argues why).
/// Batches from concurrent traders are group-committed (<see cref="SqliteGroupCommit"/>): one transaction and one sync for all.
/// </summary>
public sealed class JournalStore : IJournal
{
    private readonly SqliteConnection _db;
    private readonly Lock _gate = new();
    private readonly SqliteGroupCommit _group;
    private readonly SqliteJournalWrites _writes;
    private readonly SqliteConnection _reader;
    private readonly SqliteCommand _epochRead;
    private readonly Lock _readGate = new();

    private JournalStore(SqliteConnection db, SqliteConnection reader, long run)
    {
        _db = db;
        _reader = reader;
        _epochRead = reader.CreateCommand();
        _epochRead.CommandText = "SELECT epoch FROM ownership WHERE account = $account";
        _epochRead.Parameters.Add("$account", SqliteType.Text);
        Run = run;
        Ownership = new JournalOwnership(this);
        _writes = new SqliteJournalWrites(db, run);
        _group = new SqliteGroupCommit(db, _gate, _writes);
    }

    /// <inheritdoc />
    public long Run { get; }

    /// <inheritdoc />
    public IOwnershipStore Ownership { get; }

    /// <summary>The database file's path for a data directory.</summary>
    public static string PathFor(string dataDirectory) => System.IO.Path.Combine(dataDirectory, "qari.db");

    /// <summary>Opens (creating when needed) the journal in <paramref name="dataDirectory"/> for a new run.</summary>
    public static JournalStore Open(string dataDirectory, long run)
    {
        Directory.CreateDirectory(dataDirectory);
        var db = new SqliteConnection($"Data Source={PathFor(dataDirectory)}");
        db.Open();
        JournalSchema.Create(db);
        // A second connection for the epoch reads: in WAL mode it sees every committed claim without waiting for the
        // writer's lock, which the group commit holds through each sync.
        var reader = new SqliteConnection($"Data Source={PathFor(dataDirectory)}");
        reader.Open();
        return new JournalStore(db, reader, run);
    }

    /// <inheritdoc />
    public void Append(AccountId account, DateTimeOffset at, string direction, string kind, string payload, decimal? r = null)
    {
        lock (_gate) _writes.Execute(null, new AppendWrite(account, at, direction, kind, payload, r));
    }

    /// <inheritdoc />
    public void OrderSending(AccountId account, DateTimeOffset at, OrderSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        lock (_gate)
        {
            Synchronous("FULL");
            try
            {
                _writes.Execute(null, new SendingWrite(account, at, spec));
            }
            finally
            {
                Synchronous("NORMAL");
            }
        }
    }

    /// <inheritdoc />
    public void OrderOutcome(AccountId account, ClientOrderId id, DateTimeOffset at, string state, string? exchangeId, string? detail, decimal? filled = null)
    {
        lock (_gate) _writes.Execute(null, new OutcomeWrite(account, id, at, state, exchangeId, detail, filled));
    }

    /// <inheritdoc />
    public void Snapshot(AccountSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        lock (_gate)
        {
            using var tx = _db.BeginTransaction();
            _writes.Execute(tx, new SnapshotWrite(snapshot));
            tx.Commit();
        }
    }

    /// <inheritdoc />
    public async Task<JournalCommit> CommitAsync(JournalBatch batch, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Count == 0) return JournalCommit.Committed;
        // Not cancellable once queued: the caller must know whether its rows (an order's sending row) are written.
        var outcome = await _group.CommitAsync(batch).ConfigureAwait(false);
        if (outcome == JournalCommit.Committed) batch.Clear();
        return outcome;
    }

    /// <summary>Takes ownership of an account for this process: bumps and returns its epoch (the fencing token).</summary>
    public long ClaimOwnership(AccountId account)
    {
        lock (_gate)
        {
            using var cmd = _db.CreateCommand();
            cmd.CommandText = """
                INSERT INTO ownership(account, epoch) VALUES ($account, 1)
                ON CONFLICT(account) DO UPDATE SET epoch = epoch + 1 RETURNING epoch
                """;
            cmd.Parameters.AddWithValue("$account", account.Value.ToString());
            return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
    }

    /// <summary>The account's current (committed) ownership epoch, read at the start of each trader turn.</summary>
    public long CurrentEpoch(AccountId account)
    {
        lock (_readGate)
        {
            _epochRead.Parameters[0].Value = account.Value.ToString();
            return _epochRead.ExecuteScalar() is { } v ? Convert.ToInt64(v, CultureInfo.InvariantCulture) : 0;
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<JournalRow> Rows(AccountId account, bool thisRunOnly = false)
    {
        lock (_gate)
        {
            using var cmd = _db.CreateCommand();
            cmd.CommandText = thisRunOnly
                ? "SELECT direction, kind, payload FROM journal WHERE run = $run AND account = $account AND direction IN ('in', 'out') ORDER BY seq"
                : "SELECT direction, kind, payload FROM journal WHERE account = $account AND direction IN ('in', 'out') ORDER BY seq";
            if (thisRunOnly) cmd.Parameters.AddWithValue("$run", Run);
            cmd.Parameters.AddWithValue("$account", account.Value.ToString());
            using var reader = cmd.ExecuteReader();
            var rows = new List<JournalRow>();
            while (reader.Read()) rows.Add(new JournalRow(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            return rows;
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<AccountSnapshot> Accounts()
    {
        lock (_gate) return StatusReader.NewestRun(_db) ?? [];
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _group.Dispose();
        lock (_gate) _writes.Dispose();
        lock (_readGate)
        {
            _epochRead.Dispose();
            _reader.Dispose();
        }
        _db.Dispose();
    }

    internal static string Stamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private void Synchronous(string level) => SqliteGroupCommit.Synchronous(_db, level);
}
