using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Qari.Runtime.Journal;

/// <summary>
/// The SQLite statements behind each kind of journal write (the caller holds the connection's lock). Each statement is
/// prepared once per connection and reused: parsing the SQL again for every row was a measurable share of the journal's CPU.
/// </summary>
internal sealed class SqliteJournalWrites(SqliteConnection db, long run) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _prepared = new(StringComparer.Ordinal);

    public void Execute(SqliteTransaction? tx, JournalWrite write)
    {
        switch (write)
        {
            case AppendWrite a:
                Append(tx, a);
                break;
            case SendingWrite s:
                Sending(tx, s);
                break;
            case OutcomeWrite o:
                Outcome(tx, o);
                break;
            case SnapshotWrite s:
                Snapshot(tx, s.Snapshot, s.PositionsUnchanged);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(write), write.GetType().Name, "Unknown journal write.");
        }
    }

    /// <summary>True when the account's ownership epoch is still the fence's (read inside the caller's transaction).</summary>
    public bool Holds(SqliteTransaction? tx, JournalFence fence)
    {
        var cmd = Command(tx, "SELECT epoch FROM ownership WHERE account = $account");
        Set(cmd, "$account", fence.Account.Value.ToString());
        return cmd.ExecuteScalar() is { } v && Convert.ToInt64(v, CultureInfo.InvariantCulture) == fence.Epoch;
    }

    public void Dispose()
    {
        foreach (var cmd in _prepared.Values) cmd.Dispose();
        _prepared.Clear();
    }

    private void Append(SqliteTransaction? tx, AppendWrite w)
    {
        var cmd = Command(tx, "INSERT INTO journal(run, account, at, direction, kind, r, payload) VALUES ($run, $account, $at, $direction, $kind, $r, $payload)");
        Set(cmd, "$account", w.Account.Value.ToString());
        Set(cmd, "$at", JournalStore.Stamp(w.At));
        Set(cmd, "$direction", w.Direction);
        Set(cmd, "$kind", w.Kind);
        Set(cmd, "$r", w.R is { } v ? D(v) : DBNull.Value);
        Set(cmd, "$payload", w.Payload);
        cmd.ExecuteNonQuery();
    }

    private void Sending(SqliteTransaction? tx, SendingWrite w)
    {
        var cmd = Command(tx, """
            INSERT INTO orders(run, account, client_id, symbol, side, type, leg, quantity, price, stop_price, state, sent_at)
            VALUES ($run, $account, $id, $symbol, $side, $type, $leg, $qty, $price, $stop, 'Sending', $at)
            """);
        var spec = w.Spec;
        Set(cmd, "$account", w.Account.Value.ToString());
        Set(cmd, "$id", spec.Id.Value);
        Set(cmd, "$symbol", spec.Symbol.ToString());
        Set(cmd, "$side", spec.Side.ToString());
        Set(cmd, "$type", spec.Type.ToString());
        Set(cmd, "$leg", spec.Leg.ToString());
        Set(cmd, "$qty", D(spec.Quantity));
        Set(cmd, "$price", spec.LimitPrice is { } p ? D(p) : DBNull.Value);
        Set(cmd, "$stop", spec.StopPrice is { } s ? D(s) : DBNull.Value);
        Set(cmd, "$at", JournalStore.Stamp(w.At));
        cmd.ExecuteNonQuery();
    }

    private void Outcome(SqliteTransaction? tx, OutcomeWrite w)
    {
        var cmd = Command(tx, """
            UPDATE orders SET state = $state, outcome_at = $at, exchange_id = COALESCE($ex, exchange_id), detail = COALESCE($detail, detail),
              filled = COALESCE($filled, filled) WHERE run = $run AND account = $account AND client_id = $id
            """);
        // Client ids are deterministic per account (trade id, leg, attempt): two accounts can use the same one.
        Set(cmd, "$account", w.Account.Value.ToString());
        Set(cmd, "$id", w.Id.Value);
        Set(cmd, "$state", w.State);
        Set(cmd, "$at", JournalStore.Stamp(w.At));
        Set(cmd, "$ex", (object?)w.ExchangeId ?? DBNull.Value);
        Set(cmd, "$detail", (object?)w.Detail ?? DBNull.Value);
        Set(cmd, "$filled", w.Filled is { } f ? D(f) : DBNull.Value);
        cmd.ExecuteNonQuery();
    }

    private void Snapshot(SqliteTransaction? tx, AccountSnapshot snapshot, bool positionsUnchanged)
    {
        var account = snapshot.Account.Value.ToString();
        var upsert = Command(tx, """
            INSERT OR REPLACE INTO accounts(run, account, name, exchange, clock, degraded, kill_tripped, kill_reason, day_r, week_r, equity)
            VALUES ($run, $account, $name, $exchange, $clock, $degraded, $kill, $reason, $day, $week, $equity)
            """);
        Set(upsert, "$account", account);
        Set(upsert, "$name", snapshot.Name);
        Set(upsert, "$exchange", snapshot.Exchange);
        Set(upsert, "$clock", JournalStore.Stamp(snapshot.Clock));
        Set(upsert, "$degraded", snapshot.Degraded ? 1 : 0);
        Set(upsert, "$kill", snapshot.KillTripped ? 1 : 0);
        Set(upsert, "$reason", snapshot.KillReason);
        Set(upsert, "$day", D(snapshot.DayR));
        Set(upsert, "$week", D(snapshot.WeekR));
        Set(upsert, "$equity", D(snapshot.Equity));
        upsert.ExecuteNonQuery();
        if (positionsUnchanged) return;
        var clear = Command(tx, "DELETE FROM positions WHERE run = $run AND account = $account");
        Set(clear, "$account", account);
        clear.ExecuteNonQuery();
        foreach (var p in snapshot.Positions)
        {
            var insert = Command(tx, """
                INSERT INTO positions(run, account, symbol, trade_id, phase, quantity, avg_entry, stop, target1, target2)
                VALUES ($run, $account, $symbol, $trade, $phase, $qty, $avg, $stop, $t1, $t2)
                """);
            Set(insert, "$account", account);
            Set(insert, "$symbol", p.Symbol.ToString());
            Set(insert, "$trade", p.Trade.Value);
            Set(insert, "$phase", p.Phase);
            Set(insert, "$qty", D(p.Quantity));
            Set(insert, "$avg", D(p.AverageEntry));
            Set(insert, "$stop", D(p.Stop));
            Set(insert, "$t1", D(p.Target1));
            Set(insert, "$t2", D(p.Target2));
            insert.ExecuteNonQuery();
        }
    }

    private static string D(decimal d) => d.ToString(CultureInfo.InvariantCulture);

    // The connection's one prepared command for this SQL, in the caller's transaction; parameters keep their last values until set.
    private SqliteCommand Command(SqliteTransaction? tx, string sql)
    {
        if (!_prepared.TryGetValue(sql, out var cmd))
        {
            cmd = db.CreateCommand();
            cmd.CommandText = sql;
            if (sql.Contains("$run", StringComparison.Ordinal)) cmd.Parameters.AddWithValue("$run", run);
            _prepared.Add(sql, cmd);
        }
        cmd.Transaction = tx;
        return cmd;
    }

    private static void Set(SqliteCommand cmd, string name, object value)
    {
        var index = cmd.Parameters.IndexOf(name);
        if (index >= 0) cmd.Parameters[index].Value = value;
        else cmd.Parameters.AddWithValue(name, value);
    }
}
