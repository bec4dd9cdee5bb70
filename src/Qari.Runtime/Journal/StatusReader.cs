using System.Globalization;
using Microsoft.Data.Sqlite;
using Qari.Model.Ids;
using Qari.Model.Results;

namespace Qari.Runtime.Journal;

/// <summary>Reads the latest run's account snapshots from the SQLite journal (read-only, alongside a running writer).</summary>
public static class StatusReader
{
    /// <summary>The accounts of the newest run, with their open positions, or why they cannot be read.</summary>
    public static Result<IReadOnlyList<AccountSnapshot>> Read(string dataDirectory)
    {
        var path = JournalStore.PathFor(dataDirectory);
        if (!File.Exists(path)) return Error.Validation("status.missing", $"{path}: no journal yet (start `qari serve` first)");
        using var db = new SqliteConnection($"Data Source={path};Mode=ReadOnly");
        db.Open();
        return NewestRun(db) is { } accounts ? accounts : Error.Validation("status.empty", $"{path}: no account has been journaled yet");
    }

    /// <summary>The newest run's accounts (null when no account was ever journaled).</summary>
    internal static List<AccountSnapshot>? NewestRun(SqliteConnection db)
    {
        using var runCmd = db.CreateCommand();
        runCmd.CommandText = "SELECT MAX(run) FROM accounts";
        if (runCmd.ExecuteScalar() is not long run) return null;
        var accounts = new List<AccountSnapshot>();
        using var cmd = db.CreateCommand();
        cmd.CommandText = "SELECT account, name, exchange, clock, degraded, kill_tripped, kill_reason, day_r, week_r, equity FROM accounts WHERE run = $run ORDER BY name";
        cmd.Parameters.AddWithValue("$run", run);
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            var account = reader.GetString(0);
            accounts.Add(new AccountSnapshot(new AccountId(Guid.Parse(account)), reader.GetString(1), reader.GetString(2),
                DateTimeOffset.Parse(reader.GetString(3), CultureInfo.InvariantCulture), reader.GetInt64(4) != 0, reader.GetInt64(5) != 0,
                reader.GetString(6), D(reader.GetString(7)), D(reader.GetString(8)), D(reader.GetString(9)), Positions(db, run, account)));
        }
        return accounts;
    }

    private static List<PositionSnapshot> Positions(SqliteConnection db, long run, string account)
    {
        using var cmd = db.CreateCommand();
        cmd.CommandText = "SELECT symbol, trade_id, phase, quantity, avg_entry, stop, target1, target2 FROM positions WHERE run = $run AND account = $account ORDER BY symbol";
        cmd.Parameters.AddWithValue("$run", run);
        cmd.Parameters.AddWithValue("$account", account);
        using var reader = cmd.ExecuteReader();
        var list = new List<PositionSnapshot>();
        while (reader.Read())
            list.Add(new PositionSnapshot(Symbol.Parse(reader.GetString(0)), new TradeId(reader.GetInt64(1)), reader.GetString(2), D(reader.GetString(3)),
                D(reader.GetString(4)), D(reader.GetString(5)), D(reader.GetString(6)), D(reader.GetString(7))));
        return list;
    }

    private static decimal D(string text) => decimal.Parse(text, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);
}
