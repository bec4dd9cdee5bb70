using System.Globalization;
using Microsoft.Data.Sqlite;
using Qari.Model.Ids;
using Qari.Trading.Execution;

namespace Qari.Runtime.Journal;

/// <summary>
/// The runtime's journal in SQLite: every engine input and output, every order before it is sent and after its
/// outcome, and a snapshot of each account (positions, R, kill switch) for <c>qari status</c>. One writer per
/// process; rows carry the run id so a status reader can tell runs apart.
/// </summary>
public sealed class JournalStore : IDisposable
{
    private readonly SqliteConnection _db;
    private readonly Lock _gate = new();

    private JournalStore(SqliteConnection db, long run)
    {
        _db = db;
        Run = run;
    }

    /// <summary>This run's id (Unix ms of its start).</summary>
    public long Run { get; }

    /// <summary>The database file's path for a data directory.</summary>
    public static string PathFor(string dataDirectory) => System.IO.Path.Combine(dataDirectory, "qari.db");

    /// <summary>Opens (creating when needed) the journal in <paramref name="dataDirectory"/> for a new run.</summary>
    public static JournalStore Open(string dataDirectory, long run)
    {
        Directory.CreateDirectory(dataDirectory);
        var db = new SqliteConnection($"Data Source={PathFor(dataDirectory)}");
        db.Open();
        JournalSchema.Create(db);
        return new JournalStore(db, run);
    }

    /// <summary>Appends one journal row (an engine input, output, or an execution fact).</summary>
    public void Append(AccountId account, DateTimeOffset at, string direction, string kind, string payload, decimal? r = null)
    {
        lock (_gate)
        {
            using var cmd = Command("INSERT INTO journal(run, account, at, direction, kind, r, payload) VALUES ($run, $account, $at, $direction, $kind, $r, $payload)");
            cmd.Parameters.AddWithValue("$account", account.Value.ToString());
            cmd.Parameters.AddWithValue("$at", Stamp(at));
            cmd.Parameters.AddWithValue("$direction", direction);
            cmd.Parameters.AddWithValue("$kind", kind);
            cmd.Parameters.AddWithValue("$r", r is { } v ? v.ToString(CultureInfo.InvariantCulture) : DBNull.Value);
            cmd.Parameters.AddWithValue("$payload", payload);
            cmd.ExecuteNonQuery();
        }
    }

    /// <summary>Records an order as about to be sent (written before the request leaves).</summary>
    public void OrderSending(AccountId account, DateTimeOffset at, OrderSpec spec)
    {
        lock (_gate)
        {
            using var cmd = Command("""
                INSERT INTO orders(run, account, client_id, symbol, side, type, leg, quantity, price, stop_price, state, sent_at)
                VALUES ($run, $account, $id, $symbol, $side, $type, $leg, $qty, $price, $stop, 'Sending', $at)
                """);
            cmd.Parameters.AddWithValue("$account", account.Value.ToString());
            cmd.Parameters.AddWithValue("$id", spec.Id.Value);
            cmd.Parameters.AddWithValue("$symbol", spec.Symbol.ToString());
            cmd.Parameters.AddWithValue("$side", spec.Side.ToString());
            cmd.Parameters.AddWithValue("$type", spec.Type.ToString());
            cmd.Parameters.AddWithValue("$leg", spec.Leg.ToString());
            cmd.Parameters.AddWithValue("$qty", D(spec.Quantity));
            cmd.Parameters.AddWithValue("$price", spec.LimitPrice is { } p ? D(p) : DBNull.Value);
            cmd.Parameters.AddWithValue("$stop", spec.StopPrice is { } s ? D(s) : DBNull.Value);
            cmd.Parameters.AddWithValue("$at", Stamp(at));
            cmd.ExecuteNonQuery();
        }
    }

    /// <summary>Records what became of an account's order (accepted, rejected, unknown, filled, cancelled...).</summary>
    public void OrderOutcome(AccountId account, ClientOrderId id, DateTimeOffset at, string state, string? exchangeId, string? detail, decimal? filled = null)
    {
        lock (_gate)
        {
            using var cmd = Command("""
                UPDATE orders SET state = $state, outcome_at = $at, exchange_id = COALESCE($ex, exchange_id), detail = COALESCE($detail, detail),
                  filled = COALESCE($filled, filled) WHERE run = $run AND account = $account AND client_id = $id
                """);
            // Client ids are deterministic per account (trade id, leg, attempt): two accounts can use the same one.
            cmd.Parameters.AddWithValue("$account", account.Value.ToString());
            cmd.Parameters.AddWithValue("$id", id.Value);
            cmd.Parameters.AddWithValue("$state", state);
            cmd.Parameters.AddWithValue("$at", Stamp(at));
            cmd.Parameters.AddWithValue("$ex", (object?)exchangeId ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$detail", (object?)detail ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$filled", filled is { } f ? D(f) : DBNull.Value);
            cmd.ExecuteNonQuery();
        }
    }

    /// <summary>Replaces the account's snapshot (the facts <c>qari status</c> prints).</summary>
    public void Snapshot(AccountSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        lock (_gate)
        {
            using var tx = _db.BeginTransaction();
            var account = snapshot.Account.Value.ToString();
            using (var upsert = Command("""
                INSERT OR REPLACE INTO accounts(run, account, name, exchange, clock, degraded, kill_tripped, kill_reason, day_r, week_r, equity)
                VALUES ($run, $account, $name, $exchange, $clock, $degraded, $kill, $reason, $day, $week, $equity)
                """, tx))
            {
                upsert.Parameters.AddWithValue("$account", account);
                upsert.Parameters.AddWithValue("$name", snapshot.Name);
                upsert.Parameters.AddWithValue("$exchange", snapshot.Exchange);
                upsert.Parameters.AddWithValue("$clock", Stamp(snapshot.Clock));
                upsert.Parameters.AddWithValue("$degraded", snapshot.Degraded ? 1 : 0);
                upsert.Parameters.AddWithValue("$kill", snapshot.KillTripped ? 1 : 0);
                upsert.Parameters.AddWithValue("$reason", snapshot.KillReason);
                upsert.Parameters.AddWithValue("$day", D(snapshot.DayR));
                upsert.Parameters.AddWithValue("$week", D(snapshot.WeekR));
                upsert.Parameters.AddWithValue("$equity", D(snapshot.Equity));
                upsert.ExecuteNonQuery();
            }
            using (var clear = Command("DELETE FROM positions WHERE run = $run AND account = $account", tx))
            {
                clear.Parameters.AddWithValue("$account", account);
                clear.ExecuteNonQuery();
            }
            foreach (var p in snapshot.Positions)
            {
                using var insert = Command("""
                    INSERT INTO positions(run, account, symbol, trade_id, phase, quantity, avg_entry, stop, target1, target2)
                    VALUES ($run, $account, $symbol, $trade, $phase, $qty, $avg, $stop, $t1, $t2)
                    """, tx);
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
            tx.Commit();
        }
    }

    /// <summary>Takes ownership of an account for this process: bumps and returns its epoch (the fencing token).</summary>
    public long ClaimOwnership(AccountId account)
    {
        lock (_gate)
        {
            using var cmd = Command("""
                INSERT INTO ownership(account, epoch) VALUES ($account, 1)
                ON CONFLICT(account) DO UPDATE SET epoch = epoch + 1 RETURNING epoch
                """);
            cmd.Parameters.AddWithValue("$account", account.Value.ToString());
            return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
    }

    /// <summary>The account's current ownership epoch (checked before every order).</summary>
    public long CurrentEpoch(AccountId account)
    {
        lock (_gate)
        {
            using var cmd = Command("SELECT epoch FROM ownership WHERE account = $account");
            cmd.Parameters.AddWithValue("$account", account.Value.ToString());
            return cmd.ExecuteScalar() is { } v ? Convert.ToInt64(v, CultureInfo.InvariantCulture) : 0;
        }
    }

    /// <summary>Every input and output row of an account, over all runs, in the order they were written.</summary>
    internal IReadOnlyList<(string Direction, string Kind, string Payload)> Rows(AccountId account, bool thisRunOnly = false)
    {
        lock (_gate)
        {
            using var cmd = Command(thisRunOnly
                ? "SELECT direction, kind, payload FROM journal WHERE run = $run AND account = $account AND direction IN ('in', 'out') ORDER BY seq"
                : "SELECT direction, kind, payload FROM journal WHERE account = $account AND direction IN ('in', 'out') ORDER BY seq");
            cmd.Parameters.AddWithValue("$account", account.Value.ToString());
            using var reader = cmd.ExecuteReader();
            var rows = new List<(string, string, string)>();
            while (reader.Read()) rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            return rows;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _db.Dispose();

    internal static string Stamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static string D(decimal d) => d.ToString(CultureInfo.InvariantCulture);

    private SqliteCommand Command(string sql, SqliteTransaction? tx = null)
    {
        var cmd = _db.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        if (sql.Contains("$run", StringComparison.Ordinal)) cmd.Parameters.AddWithValue("$run", Run);
        return cmd;
    }
}
