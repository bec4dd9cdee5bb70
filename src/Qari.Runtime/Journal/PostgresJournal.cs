using Npgsql;
using Qari.Model.Ids;
using Qari.Runtime.Ownership;
using Qari.Trading.Execution;

namespace Qari.Runtime.Journal;

/// <summary>
/// The journal in PostgreSQL (tables <c>qari_journal</c>, <c>qari_orders</c>, <c>qari_accounts</c>,
/// <c>qari_positions</c>, plus the fencing epochs in <c>qari_ownership</c>), shared by every node of a cluster so a
/// trader that moves to another machine restores from the same history. Pooled connections (one
/// <see cref="NpgsqlDataSource"/>) and no lock across accounts: traders write concurrently. Each write is one
/// transaction sent as one batch; an order's sending row always commits synchronously.
/// </summary>
public sealed class PostgresJournal : IJournal
{
    private readonly NpgsqlDataSource _db;
    private readonly PostgresOwnershipStore _ownership;

    private PostgresJournal(NpgsqlDataSource db, long run)
    {
        _db = db;
        Run = run;
        _ownership = PostgresOwnershipStore.Over(db);
    }

    /// <inheritdoc />
    public long Run { get; }

    /// <inheritdoc />
    public IOwnershipStore Ownership => _ownership;

    /// <summary>Connects, installs the tables when missing, and returns the journal for a new run.</summary>
    public static async Task<PostgresJournal> OpenAsync(string connectionString, long run, CancellationToken ct)
    {
        var db = NpgsqlDataSource.Create(PostgresTimeouts.Bounded(connectionString));
        try
        {
            await PostgresJournalSchema.EnsureAsync(db, ct).ConfigureAwait(false);
        }
        catch
        {
            await db.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        return new PostgresJournal(db, run);
    }

    /// <inheritdoc />
    public void Append(AccountId account, DateTimeOffset at, string direction, string kind, string payload, decimal? r = null) =>
        Write([new AppendWrite(account, at, direction, kind, payload, r)], durable: false);

    /// <inheritdoc />
    public void OrderSending(AccountId account, DateTimeOffset at, OrderSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        Write([new SendingWrite(account, at, spec)], durable: true);
    }

    /// <inheritdoc />
    public void OrderOutcome(AccountId account, ClientOrderId id, DateTimeOffset at, string state, string? exchangeId, string? detail, decimal? filled = null) =>
        Write([new OutcomeWrite(account, id, at, state, exchangeId, detail, filled)], durable: false);

    /// <inheritdoc />
    public void Snapshot(AccountSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        Write([new SnapshotWrite(snapshot)], durable: false);
    }

    /// <inheritdoc />
    public async Task<JournalCommit> CommitAsync(JournalBatch batch, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Count == 0) return JournalCommit.Committed;
        await using var conn = await _db.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var tx = await conn.BeginTransactionAsync(ct).ConfigureAwait(false);
        await using var commands = new NpgsqlBatch(conn, tx);
        // The fence travels in the same round trip: it locks the account's ownership row until this transaction ends
        // (a claim waits for it) and matches no row when the epoch moved on, and then nothing is committed.
        var fence = batch.Fence is { } f ? PostgresJournalWrites.AddFence(commands, f) : null;
        PostgresJournalWrites.Fill(commands, Run, batch.Writes, batch.Durable);
        await commands.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        if (fence is not null && fence.RecordsAffected != 1)
        {
            await tx.RollbackAsync(ct).ConfigureAwait(false);
            return JournalCommit.Superseded;
        }
        await tx.CommitAsync(ct).ConfigureAwait(false);
        batch.Clear();
        return JournalCommit.Committed;
    }

    /// <inheritdoc />
    public IReadOnlyList<JournalRow> Rows(AccountId account, bool thisRunOnly = false)
    {
        using var cmd = _db.CreateCommand(thisRunOnly
            ? "SELECT direction, kind, payload FROM qari_journal WHERE run = @run AND account = @account AND direction IN ('in', 'out') ORDER BY seq"
            : "SELECT direction, kind, payload FROM qari_journal WHERE account = @account AND direction IN ('in', 'out') ORDER BY seq");
        if (thisRunOnly) cmd.Parameters.Add(new NpgsqlParameter<long>("run", Run));
        cmd.Parameters.Add(new NpgsqlParameter<string>("account", PostgresJournalWrites.Key(account)));
        using var reader = cmd.ExecuteReader();
        var rows = new List<JournalRow>();
        while (reader.Read()) rows.Add(new JournalRow(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        return rows;
    }

    /// <inheritdoc />
    public IReadOnlyList<AccountSnapshot> Accounts() => PostgresStatus.Latest(_db);

    /// <inheritdoc />
    public void Dispose() => _db.Dispose();

    private void Write(IReadOnlyList<JournalWrite> writes, bool durable)
    {
        using var conn = _db.OpenConnection();
        using var tx = conn.BeginTransaction();
        using var commands = new NpgsqlBatch(conn, tx);
        PostgresJournalWrites.Fill(commands, Run, writes, durable);
        commands.ExecuteNonQuery();
        tx.Commit();
    }
}
