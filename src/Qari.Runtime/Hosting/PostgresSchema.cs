using Npgsql;

namespace Qari.Runtime.Hosting;

/// <summary>
/// Installs Orleans' ADO.NET tables for PostgreSQL (query table, membership, reminders) from the scripts embedded in
/// this assembly. Idempotent: each script runs, in a transaction, only when its table is missing, and an advisory
/// lock keeps silos that start together from installing twice.
/// </summary>
public static class PostgresSchema
{
    // Any constant shared by every Qari silo: pg_advisory_xact_lock serialises the installers.
    private const long InstallLock = 0x5161_7269_4f72_6c6e;

    private static readonly (string Script, string Table)[] Scripts =
    [
        ("PostgreSQL-Main.sql", "orleansquery"),
        ("PostgreSQL-Clustering.sql", "orleansmembershiptable"),
        ("PostgreSQL-Reminders.sql", "orleansreminderstable"),
    ];

    /// <summary>Creates whatever is missing; returns the scripts that ran (empty when all tables were there).</summary>
    public static async Task<IReadOnlyList<string>> EnsureAsync(string connectionString, CancellationToken ct)
    {
        await using var db = new NpgsqlConnection(connectionString);
        await db.OpenAsync(ct).ConfigureAwait(false);
        var ran = new List<string>();
        foreach (var (script, table) in Scripts)
        {
            await using var tx = await db.BeginTransactionAsync(ct).ConfigureAwait(false);
            await using (var lockCmd = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({InstallLock})", db, tx))
                await lockCmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            await using (var exists = new NpgsqlCommand("SELECT to_regclass(@table) IS NOT NULL", db, tx))
            {
                exists.Parameters.AddWithValue("table", table);
                if (await exists.ExecuteScalarAsync(ct).ConfigureAwait(false) is true)
                {
                    await tx.CommitAsync(ct).ConfigureAwait(false);
                    continue;
                }
            }
            await using (var install = new NpgsqlCommand(Read(script), db, tx))
                await install.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            await tx.CommitAsync(ct).ConfigureAwait(false);
            ran.Add(script);
        }
        return ran;
    }

    /// <summary>The text of an embedded script.</summary>
    public static string Read(string script)
    {
        var name = $"Qari.Runtime.Hosting.Sql.{script}";
        using var stream = typeof(PostgresSchema).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded script {name} is missing from Qari.Runtime (build error)");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
