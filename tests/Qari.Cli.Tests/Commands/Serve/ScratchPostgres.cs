using Npgsql;

namespace Qari.Cli.Tests.Commands.Serve;

/// <summary>
/// A database of its own on the <c>QARI_TEST_POSTGRES</c> server for one test (clustering, journal and vault together,
/// as a cluster's nodes share them), so parallel runs never meet; dropped on dispose.
/// </summary>
internal sealed class ScratchPostgres : IAsyncDisposable
{
    private readonly string _admin;
    private readonly string _name;

    private ScratchPostgres(string admin, string name)
    {
        _admin = admin;
        _name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    public string ConnectionString { get; }

    public static async Task<ScratchPostgres> CreateAsync(string prefix)
    {
        var admin = Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable) ?? throw new InvalidOperationException("QARI_TEST_POSTGRES is not set.");
        var name = prefix + Guid.NewGuid().ToString("N");
        await ExecuteAsync(admin, $"CREATE DATABASE {name}");
        return new ScratchPostgres(admin, name);
    }

    /// <summary>Every row of <paramref name="table"/> as JSON text, one per line (bytea as \x hex).</summary>
    public async Task<string> DumpAsync(string table)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT row_to_json(t)::text FROM \"{table}\" t", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var text = new System.Text.StringBuilder();
        while (await reader.ReadAsync()) text.Append(reader.GetString(0)).Append('\n');
        return text.ToString();
    }

    /// <summary>The first column of the first row of <paramref name="sql"/>.</summary>
    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

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
