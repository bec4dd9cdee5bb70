using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Npgsql;
using Qari.Model.Results;

namespace Qari.Storage.Database;

/// <summary>
/// Where the key vault (users, accounts, encrypted credentials, audit) is: PostgreSQL when <see cref="PostgresVariable"/>
/// or, failing that, the cluster's <see cref="ClusterVariable"/> names one — every node of a cluster must read the same
/// keys — else the SQLite file <see cref="DatabaseFile"/> in the data directory. The master key never comes from here:
/// each node loads its own (<c>QARI_MASTER_KEY</c> or a key file), and rows stay ciphertext in either database.
/// </summary>
public sealed class VaultLocation
{
    /// <summary>The environment variable naming a PostgreSQL for the vault only (an Npgsql connection string).</summary>
    public const string PostgresVariable = "QARI_VAULT_POSTGRES";

    /// <summary>The cluster's PostgreSQL variable (the vault's database when the cluster has one and the vault has none of its own).</summary>
    public const string ClusterVariable = "QARI_CLUSTER_POSTGRES";

    /// <summary>The SQLite file in the data directory (the self-hosted default).</summary>
    public const string DatabaseFile = "qari.db";

    // Any constant shared by every Qari node; distinct from the journal's and Orleans' installer locks.
    private const long MigrationLock = 0x5161_7269_5661_756c;

    private readonly string? _postgres;

    /// <summary>The vault in <paramref name="dataDirectory"/>'s SQLite file, or in PostgreSQL when <paramref name="postgresConnectionString"/> is set.</summary>
    public VaultLocation(string dataDirectory, string? postgresConnectionString, string? source = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        DataDirectory = dataDirectory;
        _postgres = string.IsNullOrWhiteSpace(postgresConnectionString) ? null : postgresConnectionString;
        Source = source ?? (_postgres is null ? "--data-dir" : PostgresVariable);
    }

    /// <summary>The data directory (the SQLite file's folder; with PostgreSQL it still holds the default key file).</summary>
    public string DataDirectory { get; }

    /// <summary>True when the vault is in PostgreSQL.</summary>
    public bool IsPostgres => _postgres is not null;

    /// <summary>Which setting chose the location (for messages): the environment variable, or the data directory.</summary>
    public string Source { get; }

    /// <summary>The SQLite file's path (meaningful when not <see cref="IsPostgres"/>).</summary>
    public string SqlitePath => Path.Combine(DataDirectory, DatabaseFile);

    /// <summary>The location from the environment: <see cref="PostgresVariable"/>, then <see cref="ClusterVariable"/>, then SQLite.</summary>
    public static VaultLocation FromEnvironment(string dataDirectory, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (environment(PostgresVariable) is { Length: > 0 } own && !string.IsNullOrWhiteSpace(own)) return new VaultLocation(dataDirectory, own, PostgresVariable);
        if (environment(ClusterVariable) is { Length: > 0 } cluster && !string.IsNullOrWhiteSpace(cluster)) return new VaultLocation(dataDirectory, cluster, ClusterVariable);
        return new VaultLocation(dataDirectory, null);
    }

    /// <summary>True when there is something to open: the SQLite file exists, or the vault is in PostgreSQL (its tables are installed on open).</summary>
    public bool Exists => IsPostgres || File.Exists(SqlitePath);

    /// <summary>The database, without touching it.</summary>
    public QariDatabase Database(ILoggerFactory? logs = null) =>
        IsPostgres ? new QariDatabase(DatabaseProvider.PostgreSql, _postgres!, logs) : QariDatabase.Sqlite(SqlitePath, logs);

    /// <summary>
    /// The database with its tables installed or upgraded. On PostgreSQL the migrations run under an advisory lock, so
    /// nodes starting together install the schema once; unreachable servers, refused logins, missing rights and
    /// malformed connection strings are errors naming the server and the setting (never the password).
    /// </summary>
    public async Task<Result<QariDatabase>> OpenAsync(ILoggerFactory? logs, CancellationToken ct)
    {
        if (!IsPostgres)
        {
            var sqlite = Database(logs);
            await sqlite.MigrateAsync(ct).ConfigureAwait(false);
            return sqlite;
        }
        if (!TryParse(out var builder)) return Failure("vault.postgres-config", $"{Source} is not a valid Npgsql connection string (expected Host=...;Database=...;Username=...)");
        var database = Database(logs);
        try
        {
            var connection = new NpgsqlConnection(_postgres);
            await using (connection.ConfigureAwait(false))
            {
                await connection.OpenAsync(ct).ConfigureAwait(false);
                // EF Core locks its history table during a run, but creates that table before taking the lock; holding
                // this lock across the whole run also serialises that first creation between nodes.
                await ExecuteAsync(connection, $"SELECT pg_advisory_lock({MigrationLock})", ct).ConfigureAwait(false);
                try
                {
                    await database.MigrateAsync(ct).ConfigureAwait(false);
                }
                finally
                {
                    // Released even when cancelled; closing the session would release it too.
                    await ExecuteAsync(connection, $"SELECT pg_advisory_unlock({MigrationLock})", CancellationToken.None).ConfigureAwait(false);
                }
            }
            return database;
        }
        catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.InsufficientPrivilege)
        {
            return Failure("vault.postgres-schema", $"cannot install the key vault's tables in {Describe(builder)}: the user may not create them ({Scrub(ex.MessageText)}); "
                + "run `qari keys list` once as a user who may, or grant CREATE on the schema");
        }
        catch (PostgresException ex)
        {
            return Failure("vault.postgres", $"the key vault's PostgreSQL ({Describe(builder)}) refused: {ex.SqlState} {Scrub(ex.MessageText)}");
        }
        catch (Exception ex) when (ex is NpgsqlException or SocketException or TimeoutException)
        {
            return Failure("vault.postgres-unreachable", $"the key vault's PostgreSQL ({Describe(builder)}) cannot be reached: {Scrub(ex.Message)}", transient: true);
        }
    }

    /// <summary>Where the vault is, for messages: the SQLite path, or the PostgreSQL server and database (never the password).</summary>
    public override string ToString() => IsPostgres
        ? TryParse(out var builder) ? Describe(builder) : $"PostgreSQL ({Source}, unreadable connection string)"
        : SqlitePath;

    private string Describe(NpgsqlConnectionStringBuilder? builder) => builder is null
        ? $"PostgreSQL from {Source}"
        : $"PostgreSQL database '{builder.Database ?? builder.Username ?? "(default)"}' on {builder.Host}:{builder.Port} (from {Source})";

    private bool TryParse(out NpgsqlConnectionStringBuilder? builder)
    {
        try
        {
            builder = new NpgsqlConnectionStringBuilder(_postgres);
            return true;
        }
        catch (ArgumentException)
        {
            // The parser's message may quote the offending part, which could be the password: not shown.
            builder = null;
            return false;
        }
    }

    // Server and driver messages do not quote the password; this makes sure of it.
    private string Scrub(string message)
    {
        var password = TryParse(out var builder) ? builder!.Password : null;
        return string.IsNullOrEmpty(password) ? message : message.Replace(password, "***", StringComparison.Ordinal);
    }

    private static Error Failure(string code, string message, bool transient = false) => new(ErrorKind.Validation, code, message, transient);

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        var command = new NpgsqlCommand(sql, connection);
        await using (command.ConfigureAwait(false)) await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }
}
