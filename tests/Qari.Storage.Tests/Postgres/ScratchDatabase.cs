using Npgsql;

namespace Qari.Storage.Tests.Postgres;

/// <summary>An empty database of its own on the <c>QARI_TEST_POSTGRES</c> server (parallel runs never meet), dropped on dispose.</summary>
public sealed class ScratchDatabase : IAsyncDisposable
{
    private readonly string _admin;
    private readonly string _name;

    private ScratchDatabase(string admin, string name)
    {
        _admin = admin;
        _name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = false }.ConnectionString;
    }

    /// <summary>Connects to the scratch database.</summary>
    public string ConnectionString { get; }

    public static async Task<ScratchDatabase> CreateAsync()
    {
        var admin = PostgresDatabases.AdminConnectionString ?? throw new InvalidOperationException("QARI_TEST_POSTGRES is not set.");
        var name = "qari_vaultloc_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(admin, $"CREATE DATABASE {name}");
        return new ScratchDatabase(admin, name);
    }

    /// <summary>Every row of the tables as JSON text, one per line (bytea as \x hex).</summary>
    public async Task<string> DumpAsync(params string[] tables)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        var text = new System.Text.StringBuilder();
        foreach (var table in tables)
        {
            await using var command = new NpgsqlCommand($"SELECT row_to_json(t)::text FROM \"{table}\" t ORDER BY 1", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) text.Append(reader.GetString(0)).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>Runs <paramref name="sql"/> in the scratch database as the administrator.</summary>
    public Task ExecuteAsync(string sql) => ExecuteAsync(ConnectionString, sql);

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(_admin, $"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
