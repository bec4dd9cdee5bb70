using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Qari.Runtime.Journal;

/// <summary>The SQLite statements behind each kind of journal write (the caller holds the connection's lock).</summary>
internal static class SqliteJournalWrites
{
    public static void Execute(SqliteConnection db, SqliteTransaction? tx, long run, JournalWrite write)
    {
        switch (write)
        {
            case AppendWrite a:
                Append(db, tx, run, a);
                break;
            case SendingWrite s:
                Sending(db, tx, run, s);
                break;
            case OutcomeWrite o:
                Outcome(db, tx, run, o);
                break;
            case SnapshotWrite s:
                Snapshot(db, tx, run, s.Snapshot);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(write), write.GetType().Name, "Unknown journal write.");
        }
    }

    private static void Append(SqliteConnection db, SqliteTransaction? tx, long run, AppendWrite w)
    {
        using var cmd = Command(db, tx, run, "INSERT INTO journal(run, account, at, direction, kind, r, payload) VALUES ($run, $account, $at, $direction, $kind, $r, $payload)");
        cmd.Parameters.AddWithValue("$account", w.Account.Value.ToString());
        cmd.Parameters.AddWithValue("$at", JournalStore.Stamp(w.At));
        cmd.Parameters.AddWithValue("$direction", w.Direction);
        cmd.Parameters.AddWithValue("$kind", w.Kind);
        cmd.Parameters.AddWithValue("$r", w.R is { } v ? D(v) : DBNull.Value);
        cmd.Parameters.AddWithValue("$payload", w.Payload);
        cmd.ExecuteNonQuery();
    }

    private static void Sending(SqliteConnection db, SqliteTransaction? tx, long run, SendingWrite w)
    {
        using var cmd = Command(db, tx, run, """
            INSERT INTO orders(run, account, client_id, symbol, side, type, leg, quantity, price, stop_price, state, sent_at)
            VALUES ($run, $account, $id, $symbol, $side, $type, $leg, $qty, $price, $stop, 'Sending', $at)
            """);
        var spec = w.Spec;
        cmd.Parameters.AddWithValue("$account", w.Account.Value.ToString());
        cmd.Parameters.AddWithValue("$id", spec.Id.Value);
        cmd.Parameters.AddWithValue("$symbol", spec.Symbol.ToString());
        cmd.Parameters.AddWithValue("$side", spec.Side.ToString());
        cmd.Parameters.AddWithValue("$type", spec.Type.ToString());
        cmd.Parameters.AddWithValue("$leg", spec.Leg.ToString());
        cmd.Parameters.AddWithValue("$qty", D(spec.Quantity));
        cmd.Parameters.AddWithValue("$price", spec.LimitPrice is { } p ? D(p) : DBNull.Value);
        cmd.Parameters.AddWithValue("$stop", spec.StopPrice is { } s ? D(s) : DBNull.Value);
        cmd.Parameters.AddWithValue("$at", JournalStore.Stamp(w.At));
        cmd.ExecuteNonQuery();
    }

    private static void Outcome(SqliteConnection db, SqliteTransaction? tx, long run, OutcomeWrite w)
    {
        using var cmd = Command(db, tx, run, """
            UPDATE orders SET state = $state, outcome_at = $at, exchange_id = COALESCE($ex, exchange_id), detail = COALESCE($detail, detail),
              filled = COALESCE($filled, filled) WHERE run = $run AND account = $account AND client_id = $id
            """);
        // Client ids are deterministic per account (trade id, leg, attempt): two accounts can use the same one.
        cmd.Parameters.AddWithValue("$account", w.Account.Value.ToString());
        cmd.Parameters.AddWithValue("$id", w.Id.Value);
        cmd.Parameters.AddWithValue("$state", w.State);
        cmd.Parameters.AddWithValue("$at", JournalStore.Stamp(w.At));
        cmd.Parameters.AddWithValue("$ex", (object?)w.ExchangeId ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$detail", (object?)w.Detail ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$filled", w.Filled is { } f ? D(f) : DBNull.Value);
        cmd.ExecuteNonQuery();
    }

    private static void Snapshot(SqliteConnection db, SqliteTransaction? tx, long run, AccountSnapshot snapshot)
    {
        var account = snapshot.Account.Value.ToString();
        using (var upsert = Command(db, tx, run, """
            INSERT OR REPLACE INTO accounts(run, account, name, exchange, clock, degraded, kill_tripped, kill_reason, day_r, week_r, equity)
            VALUES ($run, $account, $name, $exchange, $clock, $degraded, $kill, $reason, $day, $week, $equity)
            """))
        {
            upsert.Parameters.AddWithValue("$account", account);
            upsert.Parameters.AddWithValue("$name", snapshot.Name);
            upsert.Parameters.AddWithValue("$exchange", snapshot.Exchange);
            upsert.Parameters.AddWithValue("$clock", JournalStore.Stamp(snapshot.Clock));
            upsert.Parameters.AddWithValue("$degraded", snapshot.Degraded ? 1 : 0);
            upsert.Parameters.AddWithValue("$kill", snapshot.KillTripped ? 1 : 0);
            upsert.Parameters.AddWithValue("$reason", snapshot.KillReason);
            upsert.Parameters.AddWithValue("$day", D(snapshot.DayR));
            upsert.Parameters.AddWithValue("$week", D(snapshot.WeekR));
            upsert.Parameters.AddWithValue("$equity", D(snapshot.Equity));
            upsert.ExecuteNonQuery();
        }
        using (var clear = Command(db, tx, run, "DELETE FROM positions WHERE run = $run AND account = $account"))
        {
            clear.Parameters.AddWithValue("$account", account);
            clear.ExecuteNonQuery();
        }
        foreach (var p in snapshot.Positions)
        {
            using var insert = Command(db, tx, run, """
                INSERT INTO positions(run, account, symbol, trade_id, phase, quantity, avg_entry, stop, target1, target2)
                VALUES ($run, $account, $symbol, $trade, $phase, $qty, $avg, $stop, $t1, $t2)
                """);
            insert.Parameters.AddWithValue("$account", account);
            insert.Parameters.AddWithValue("$symbol", p.Symbol.ToString());
            insert.Parameters.AddWithValue("$trade", p.Trade.Value);
            insert.Parameters.AddWithValue("$phase", p.Phase);
            insert.Parameters.AddWithValue("$qty", D(p.Quantity));
            insert.Parameters.AddWithValue("$avg", D(p.AverageEntry));
            insert.Parameters.AddWithValue("$stop", D(p.Stop));
            insert.Parameters.AddWithValue("$t1", D(p.Target1));
            insert.Parameters.AddWithValue("$t2", D(p.Target2));
            insert.ExecuteNonQuery();
        }
    }

    private static string D(decimal d) => d.ToString(CultureInfo.InvariantCulture);

    private static SqliteCommand Command(SqliteConnection db, SqliteTransaction? tx, long run, string sql)
    {
        var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        if (sql.Contains("$run", StringComparison.Ordinal)) cmd.Parameters.AddWithValue("$run", run);
        return cmd;
    }
}
