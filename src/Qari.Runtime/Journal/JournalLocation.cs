using Qari.Model.Results;

namespace Qari.Runtime.Journal;

/// <summary>
/// Where the journal is: PostgreSQL when <see cref="PostgresVariable"/> (or, failing that, the cluster's
/// <c>QARI_CLUSTER_POSTGRES</c>) names one — every node of a cluster must journal to the same database, so a trader
/// that moves finds its history — else the SQLite file in the data directory. <c>qari serve</c> writes and
/// <c>qari status</c> reads through the same rule.
/// </summary>
public sealed record JournalLocation(string DataDirectory, string? PostgresConnectionString)
{
    /// <summary>The environment variable naming a PostgreSQL for the journal only (an Npgsql connection string).</summary>
    public const string PostgresVariable = "QARI_JOURNAL_POSTGRES";

    /// <summary>The cluster's PostgreSQL variable (the journal's default database when the cluster has one).</summary>
    public const string ClusterVariable = "QARI_CLUSTER_POSTGRES";

    /// <summary>True when the journal is in PostgreSQL.</summary>
    public bool IsPostgres => !string.IsNullOrWhiteSpace(PostgresConnectionString);

    /// <summary>The location from the environment: <see cref="PostgresVariable"/>, then <see cref="ClusterVariable"/>, then SQLite.</summary>
    public static JournalLocation FromEnvironment(string dataDirectory, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var cs = environment(PostgresVariable) is { Length: > 0 } own ? own : environment(ClusterVariable) is { Length: > 0 } cluster ? cluster : null;
        return new JournalLocation(dataDirectory, cs);
    }

    /// <summary>Opens the journal for a new run (PostgreSQL: tables installed when missing).</summary>
    public async Task<IJournal> OpenAsync(long run, CancellationToken ct) =>
        IsPostgres ? await PostgresJournal.OpenAsync(PostgresConnectionString!, run, ct).ConfigureAwait(false) : JournalStore.Open(DataDirectory, run);

    /// <summary>The accounts <c>qari status</c> prints, or why they cannot be read (never quoting the connection string).</summary>
    public async Task<Result<IReadOnlyList<AccountSnapshot>>> ReadStatusAsync(CancellationToken ct)
    {
        if (!IsPostgres) return StatusReader.Read(DataDirectory);
        try
        {
            using var journal = await PostgresJournal.OpenAsync(PostgresConnectionString!, 0, ct).ConfigureAwait(false);
            var accounts = journal.Accounts();
            return accounts.Count > 0 ? Result<IReadOnlyList<AccountSnapshot>>.Ok(accounts) : Error.Validation("status.empty", "PostgreSQL journal: no account has been journaled yet");
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or ArgumentException or InvalidOperationException)
        {
            return Error.Validation("status.postgres", $"PostgreSQL journal ({PostgresVariable} / {ClusterVariable}) cannot be read: {ex.GetType().Name}: {ex.Message}");
        }
    }

    /// <summary>Where the journal is, for a log line (the connection string is not shown: it may hold a password).</summary>
    public override string ToString() => IsPostgres ? "PostgreSQL (connection string from the environment)" : Path.GetFullPath(StatusReaderPath);

    private string StatusReaderPath => JournalStore.PathFor(DataDirectory);
}
