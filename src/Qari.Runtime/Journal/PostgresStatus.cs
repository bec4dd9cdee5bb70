using Npgsql;
using Qari.Model.Ids;

namespace Qari.Runtime.Journal;

/// <summary>
/// Reads <c>qari status</c>'s facts from the PostgreSQL journal: each account's latest snapshot (of whichever run
/// wrote it last — in a cluster every node has its own run id) with its open positions.
/// </summary>
internal static class PostgresStatus
{
    private const string LatestRuns = "SELECT DISTINCT ON (account) run, account FROM qari_accounts ORDER BY account, run DESC";

    public static IReadOnlyList<AccountSnapshot> Latest(NpgsqlDataSource db)
    {
        var positions = Positions(db);
        using var cmd = db.CreateCommand($"""
            SELECT a.account, a.name, a.exchange, a.clock, a.degraded, a.kill_tripped, a.kill_reason, a.day_r, a.week_r, a.equity
            FROM qari_accounts a JOIN ({LatestRuns}) l ON a.run = l.run AND a.account = l.account
            """);
        using var reader = cmd.ExecuteReader();
        var accounts = new List<AccountSnapshot>();
        while (reader.Read())
        {
            var account = reader.GetString(0);
            accounts.Add(new AccountSnapshot(new AccountId(Guid.Parse(account)), reader.GetString(1), reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3),
                reader.GetBoolean(4), reader.GetBoolean(5), reader.GetString(6), reader.GetDecimal(7), reader.GetDecimal(8), reader.GetDecimal(9),
                positions.TryGetValue(account, out var held) ? held : []));
        }
        // Ordinal, as the SQLite journal's BINARY collation sorts (the server's collation may differ).
        return [.. accounts.OrderBy(a => a.Name, StringComparer.Ordinal)];
    }

    private static Dictionary<string, List<PositionSnapshot>> Positions(NpgsqlDataSource db)
    {
        using var cmd = db.CreateCommand($"""
            SELECT p.account, p.symbol, p.trade_id, p.phase, p.quantity, p.avg_entry, p.stop, p.target1, p.target2
            FROM qari_positions p JOIN ({LatestRuns}) l ON p.run = l.run AND p.account = l.account
            """);
        using var reader = cmd.ExecuteReader();
        var byAccount = new Dictionary<string, List<PositionSnapshot>>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var account = reader.GetString(0);
            if (!byAccount.TryGetValue(account, out var list)) byAccount[account] = list = [];
            list.Add(new PositionSnapshot(Symbol.Parse(reader.GetString(1)), new TradeId(reader.GetInt64(2)), reader.GetString(3), reader.GetDecimal(4),
                reader.GetDecimal(5), reader.GetDecimal(6), reader.GetDecimal(7), reader.GetDecimal(8)));
        }
        foreach (var list in byAccount.Values) list.Sort((a, b) => string.CompareOrdinal(a.Symbol.ToString(), b.Symbol.ToString()));
        return byAccount;
    }
}
