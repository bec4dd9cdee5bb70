using System.Globalization;
using Npgsql;
using Qari.Runtime.Journal;
using Qari.Model.Ids;

namespace Qari.Runtime.Ownership;

/// <summary>
/// The epochs in PostgreSQL (table <c>qari_ownership</c>), shared by every node of a cluster, so a trader that moved
/// to another machine fences the one left behind. A claim is one atomic upsert; a check is one indexed read.
/// </summary>
public sealed class PostgresOwnershipStore : IOwnershipStore, IDisposable
{
    private readonly NpgsqlDataSource _db;
    private readonly bool _ownsSource;

    private PostgresOwnershipStore(NpgsqlDataSource db, bool ownsSource)
    {
        _db = db;
        _ownsSource = ownsSource;
    }

    /// <summary>Connects and creates the table when missing.</summary>
    public static async Task<PostgresOwnershipStore> OpenAsync(string connectionString, CancellationToken ct)
    {
        var db = NpgsqlDataSource.Create(PostgresTimeouts.Bounded(connectionString));
        try
        {
            // The journal's installer (one transaction under an advisory lock): nodes starting together on an empty
            // database would otherwise race on CREATE TABLE IF NOT EXISTS, which PostgreSQL does not make atomic.
            await PostgresJournalSchema.EnsureAsync(db, ct).ConfigureAwait(false);
        }
        catch
        {
            await db.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        return new PostgresOwnershipStore(db, ownsSource: true);
    }

    /// <inheritdoc />
    public long ClaimOwnership(AccountId account)
    {
        using var cmd = _db.CreateCommand("""
            INSERT INTO qari_ownership(account, epoch) VALUES (@account, 1)
            ON CONFLICT (account) DO UPDATE SET epoch = qari_ownership.epoch + 1 RETURNING epoch
            """);
        cmd.Parameters.AddWithValue("account", Key(account));
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public long CurrentEpoch(AccountId account)
    {
        using var cmd = _db.CreateCommand("SELECT epoch FROM qari_ownership WHERE account = @account");
        cmd.Parameters.AddWithValue("account", Key(account));
        return cmd.ExecuteScalar() is { } v ? Convert.ToInt64(v, CultureInfo.InvariantCulture) : 0;
    }

    /// <summary>The epochs over a data source whose owner created the table and disposes it (the PostgreSQL journal's).</summary>
    internal static PostgresOwnershipStore Over(NpgsqlDataSource db) => new(db, ownsSource: false);

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsSource) _db.Dispose();
    }

    private static string Key(AccountId account) => account.Value.ToString("D", CultureInfo.InvariantCulture);
}
