using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using Qari.Model.Ids;
using Qari.Runtime.Journal;
using Qari.Runtime.Tests.Grains;

namespace Qari.Runtime.Tests.Journal;

/// <summary>One journal backend for the contract tests: opens journals (runs) on one database and reads its orders table raw.</summary>
internal abstract class JournalBackend : IDisposable
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    /// <summary>SQLite always; PostgreSQL when <c>QARI_TEST_POSTGRES</c> is set (its own tests skip with the reason otherwise).</summary>
    public static TheoryData<string> Names()
    {
        var names = new TheoryData<string> { Sqlite };
        if (PostgresConnection is not null) names.Add(Postgres);
        return names;
    }

    public static string? PostgresConnection => Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable) is { Length: > 0 } cs ? cs : null;

    public static JournalBackend Create(string name) => name switch
    {
        Sqlite => new SqliteBackend(),
        Postgres => new PostgresBackend(PostgresConnection ?? throw new InvalidOperationException("QARI_TEST_POSTGRES is not set")),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown backend."),
    };

    public abstract IJournal Open(long run);

    /// <summary>The account's rows of the orders table, oldest run first, by client id.</summary>
    public abstract IReadOnlyList<OrderRow> Orders(AccountId account);

    public abstract void Dispose();

    private sealed class SqliteBackend : JournalBackend
    {
        private readonly string _dir = Path.Combine(Path.GetTempPath(), "qari-journal-" + Guid.NewGuid().ToString("N"));

        public override IJournal Open(long run) => JournalStore.Open(_dir, run);

        public override IReadOnlyList<OrderRow> Orders(AccountId account)
        {
            using var db = new SqliteConnection($"Data Source={JournalStore.PathFor(_dir)};Mode=ReadOnly;Pooling=False");
            db.Open();
            using var cmd = db.CreateCommand();
            cmd.CommandText = "SELECT run, client_id, state, quantity, price, stop_price, filled, exchange_id, detail FROM orders WHERE account = $a ORDER BY run, client_id";
            cmd.Parameters.AddWithValue("$a", account.Value.ToString());
            using var r = cmd.ExecuteReader();
            var rows = new List<OrderRow>();
            while (r.Read())
                rows.Add(new OrderRow(r.GetInt64(0), r.GetString(1), r.GetString(2), D(r.GetString(3)), r.IsDBNull(4) ? null : D(r.GetString(4)),
                    r.IsDBNull(5) ? null : D(r.GetString(5)), r.IsDBNull(6) ? null : D(r.GetString(6)), r.IsDBNull(7) ? null : r.GetString(7), r.IsDBNull(8) ? null : r.GetString(8)));
            return rows;
        }

        public override void Dispose()
        {
            SqliteConnection.ClearAllPools();
            if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
        }

        private static decimal D(string text) => decimal.Parse(text, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);
    }

    private sealed class PostgresBackend(string connectionString) : JournalBackend
    {
        public override IJournal Open(long run) => PostgresJournal.OpenAsync(connectionString, run, CancellationToken.None).GetAwaiter().GetResult();

        public override IReadOnlyList<OrderRow> Orders(AccountId account)
        {
            using var db = new NpgsqlConnection(connectionString);
            db.Open();
            using var cmd = new NpgsqlCommand("SELECT run, client_id, state, quantity, price, stop_price, filled, exchange_id, detail FROM qari_orders WHERE account = @a ORDER BY run, client_id", db);
            cmd.Parameters.AddWithValue("a", account.Value.ToString());
            using var r = cmd.ExecuteReader();
            var rows = new List<OrderRow>();
            while (r.Read())
                rows.Add(new OrderRow(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetDecimal(3), r.IsDBNull(4) ? null : r.GetDecimal(4),
                    r.IsDBNull(5) ? null : r.GetDecimal(5), r.IsDBNull(6) ? null : r.GetDecimal(6), r.IsDBNull(7) ? null : r.GetString(7), r.IsDBNull(8) ? null : r.GetString(8)));
            return rows;
        }

        public override void Dispose()
        {
            // Rows stay: every test writes under fresh account ids, so runs never see each other's rows.
        }
    }
}

/// <summary>A row of the orders table as stored.</summary>
internal sealed record OrderRow(long Run, string ClientId, string State, decimal Quantity, decimal? Price, decimal? Stop, decimal? Filled, string? ExchangeId, string? Detail);
