using Npgsql;
using Qari.Storage.Database;
using Qari.Storage.Tests.Support;
using Qari.Vault.Tests.Support;

namespace Qari.Storage.Tests.Postgres;

/// <summary>Creates a fresh database per test on the server named by <c>QARI_TEST_POSTGRES</c>, and drops it afterwards.</summary>
public static class PostgresDatabases
{
    public static string? AdminConnectionString => Environment.GetEnvironmentVariable("QARI_TEST_POSTGRES");

    public static async Task<StoreHarness> CreateAsync(byte masterKey = 1)
    {
        var admin = AdminConnectionString ?? throw new InvalidOperationException("QARI_TEST_POSTGRES is not set.");
        var name = "qari_test_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(admin, $"CREATE DATABASE {name}");
        var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = false }.ConnectionString;
        return await StoreHarness.CreateAsync(f => new QariDatabase(DatabaseProvider.PostgreSql, connectionString, f), TestKeys.Ring(masterKey),
            () => ExecuteAsync(admin, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
    }

    /// <summary>Every row of every Qari table as text (bytea as hex), for the leak search.</summary>
    public static async Task<string> DumpTablesAsync(StoreHarness h)
    {
        var connectionString = h.Database.ConnectionString;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var text = new System.Text.StringBuilder();
        foreach (var table in new[] { "users", "exchange_accounts", "credentials", "credential_audit", "__EFMigrationsHistory" })
        {
            await using var command = new NpgsqlCommand($"SELECT row_to_json(t)::text FROM \"{table}\" t", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) text.AppendLine(reader.GetString(0));
        }
        return text.ToString();
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
