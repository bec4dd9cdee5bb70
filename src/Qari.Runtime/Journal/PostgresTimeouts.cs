using Npgsql;

namespace Qari.Runtime.Journal;

/// <summary>
/// Keeps every wait on the journal's PostgreSQL bounded: a trader reads the ownership epoch and commits its journal
/// before every order, so a connection that went silent (a network that drops packets, a server that froze) must end in
/// an error the trader handles as a journal outage, never in a turn that waits forever. Npgsql's own defaults are
/// bounded (connect 15 s, command 30 s, cancellation 2 s) and are kept, as is any bounded value the connection string
/// sets; only the "0 = wait forever" settings are replaced by those defaults.
/// </summary>
internal static class PostgresTimeouts
{
    /// <summary>Seconds to open a connection when the connection string says forever (Npgsql's default).</summary>
    public const int ConnectSeconds = 15;

    /// <summary>Seconds a command may run when the connection string says forever (Npgsql's default).</summary>
    public const int CommandSeconds = 30;

    /// <summary>Milliseconds to wait for the answer to a timed-out command's cancellation when the connection string says forever (Npgsql's default).</summary>
    public const int CancellationMilliseconds = 2000;

    /// <summary><paramref name="connectionString"/> with every unbounded timeout replaced by a bounded one (everything else unchanged).</summary>
    public static string Bounded(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.Timeout == 0) builder.Timeout = ConnectSeconds;
        if (builder.CommandTimeout == 0) builder.CommandTimeout = CommandSeconds;
        if (builder.CancellationTimeout == 0) builder.CancellationTimeout = CancellationMilliseconds;
        return builder.ConnectionString;
    }
}
