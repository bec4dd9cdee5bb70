using Microsoft.Data.Sqlite;

namespace Qari.Runtime.Journal;

/// <summary>The journal's tables (created when missing; WAL so a status reader never blocks the writer).</summary>
internal static class JournalSchema
{
    public static void Create(SqliteConnection db)
    {
        using var cmd = db.CreateCommand();
        cmd.CommandText = """
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = NORMAL;
            CREATE TABLE IF NOT EXISTS journal (
              seq INTEGER PRIMARY KEY AUTOINCREMENT, run INTEGER NOT NULL, account TEXT NOT NULL, at TEXT NOT NULL,
              direction TEXT NOT NULL, kind TEXT NOT NULL, r TEXT NULL, payload TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS ix_journal_run ON journal(run, account, seq);
            CREATE TABLE IF NOT EXISTS orders (
              run INTEGER NOT NULL, account TEXT NOT NULL, client_id TEXT NOT NULL, symbol TEXT NOT NULL, side TEXT NOT NULL,
              type TEXT NOT NULL, leg TEXT NOT NULL, quantity TEXT NOT NULL, price TEXT NULL, stop_price TEXT NULL,
              state TEXT NOT NULL, exchange_id TEXT NULL, filled TEXT NULL, sent_at TEXT NOT NULL, outcome_at TEXT NULL,
              detail TEXT NULL, PRIMARY KEY (run, account, client_id));
            CREATE TABLE IF NOT EXISTS accounts (
              run INTEGER NOT NULL, account TEXT NOT NULL, name TEXT NOT NULL, exchange TEXT NOT NULL, clock TEXT NOT NULL,
              degraded INTEGER NOT NULL, kill_tripped INTEGER NOT NULL, kill_reason TEXT NOT NULL, day_r TEXT NOT NULL,
              week_r TEXT NOT NULL, equity TEXT NOT NULL, PRIMARY KEY (run, account));
            CREATE TABLE IF NOT EXISTS positions (
              run INTEGER NOT NULL, account TEXT NOT NULL, symbol TEXT NOT NULL, trade_id INTEGER NOT NULL, phase TEXT NOT NULL,
              quantity TEXT NOT NULL, avg_entry TEXT NOT NULL, stop TEXT NOT NULL, target1 TEXT NOT NULL, target2 TEXT NOT NULL,
              PRIMARY KEY (run, account, symbol));
            CREATE TABLE IF NOT EXISTS ownership (account TEXT PRIMARY KEY, epoch INTEGER NOT NULL);
            """;
        cmd.ExecuteNonQuery();
    }
}
