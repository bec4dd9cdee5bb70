using Npgsql;
using NpgsqlTypes;
using Qari.Model.Ids;

namespace Qari.Runtime.Journal;

/// <summary>Turns journal writes into the commands of one <see cref="NpgsqlBatch"/> (sent in one round trip, inside the caller's transaction).</summary>
internal static class PostgresJournalWrites
{
    /// <summary>Adds <paramref name="writes"/> to <paramref name="batch"/>, after the commit-durability setting for the transaction.</summary>
    public static void Fill(NpgsqlBatch batch, long run, IReadOnlyList<JournalWrite> writes, bool durable)
    {
        // Non-durable commits may be lost by a server crash, never reordered: a later durable commit flushes the WAL
        // up to itself, earlier asynchronous commits included (the SQLite journal's NORMAL/FULL split, in PostgreSQL).
        batch.BatchCommands.Add(new NpgsqlBatchCommand(durable ? "SET LOCAL synchronous_commit TO ON" : "SET LOCAL synchronous_commit TO OFF"));
        foreach (var write in writes)
        {
            switch (write)
            {
                case AppendWrite a:
                    batch.BatchCommands.Add(Command("INSERT INTO qari_journal(run, account, at, direction, kind, r, payload) VALUES (@run, @account, @at, @direction, @kind, @r, @payload)",
                        run, a.Account, ("at", Stamp(a.At)), ("direction", a.Direction), ("kind", a.Kind), ("r", a.R), ("payload", a.Payload)));
                    break;
                case SendingWrite s:
                    var spec = s.Spec;
                    batch.BatchCommands.Add(Command("""
                        INSERT INTO qari_orders(run, account, client_id, symbol, side, type, leg, quantity, price, stop_price, state, sent_at)
                        VALUES (@run, @account, @id, @symbol, @side, @type, @leg, @qty, @price, @stop, 'Sending', @at)
                        """, run, s.Account, ("id", spec.Id.Value), ("symbol", spec.Symbol.ToString()), ("side", spec.Side.ToString()), ("type", spec.Type.ToString()),
                        ("leg", spec.Leg.ToString()), ("qty", spec.Quantity), ("price", spec.LimitPrice), ("stop", spec.StopPrice), ("at", Stamp(s.At))));
                    break;
                case OutcomeWrite o:
                    // The account's latest row of that client id: after a restart or a move to another node (another
                    // run id) the outcome still lands on the order that was sent. Client ids are per account.
                    batch.BatchCommands.Add(Command("""
                        UPDATE qari_orders SET state = @state, outcome_at = @at, exchange_id = COALESCE(@ex, exchange_id), detail = COALESCE(@detail, detail),
                          filled = COALESCE(@filled, filled)
                        WHERE account = @account AND client_id = @id AND run = (SELECT max(run) FROM qari_orders WHERE account = @account AND client_id = @id)
                        """, null, o.Account, ("id", o.Id.Value), ("state", o.State), ("at", Stamp(o.At)), ("ex", o.ExchangeId), ("detail", o.Detail), ("filled", o.Filled)));
                    break;
                case SnapshotWrite w:
                    AddSnapshot(batch, run, w.Snapshot, w.PositionsUnchanged);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(writes), write.GetType().Name, "Unknown journal write.");
            }
        }
    }

    /// <summary>
    /// Adds the fence check (first, before the writes): a no-op update of the account's ownership row that matches only
    /// while its epoch is the fence's. The caller commits only when it touched exactly one row.
    /// </summary>
    public static NpgsqlBatchCommand AddFence(NpgsqlBatch batch, JournalFence fence)
    {
        var check = Command("UPDATE qari_ownership SET epoch = epoch WHERE account = @account AND epoch = @epoch", null, fence.Account, ("epoch", fence.Epoch));
        batch.BatchCommands.Add(check);
        return check;
    }

    /// <summary>The stored form of a time: UTC, truncated to the millisecond (as the SQLite journal's text stamps).</summary>
    public static DateTimeOffset Stamp(DateTimeOffset at) => DateTimeOffset.FromUnixTimeMilliseconds(at.ToUnixTimeMilliseconds());

    /// <summary>The stored form of an account id.</summary>
    public static string Key(AccountId account) => account.Value.ToString();

    private static void AddSnapshot(NpgsqlBatch batch, long run, AccountSnapshot s, bool positionsUnchanged)
    {
        batch.BatchCommands.Add(Command("""
            INSERT INTO qari_accounts(run, account, name, exchange, clock, degraded, kill_tripped, kill_reason, day_r, week_r, equity)
            VALUES (@run, @account, @name, @exchange, @clock, @degraded, @kill, @reason, @day, @week, @equity)
            ON CONFLICT (run, account) DO UPDATE SET name = EXCLUDED.name, exchange = EXCLUDED.exchange, clock = EXCLUDED.clock,
              degraded = EXCLUDED.degraded, kill_tripped = EXCLUDED.kill_tripped, kill_reason = EXCLUDED.kill_reason,
              day_r = EXCLUDED.day_r, week_r = EXCLUDED.week_r, equity = EXCLUDED.equity
            """, run, s.Account, ("name", s.Name), ("exchange", s.Exchange), ("clock", Stamp(s.Clock)), ("degraded", s.Degraded), ("kill", s.KillTripped),
            ("reason", s.KillReason), ("day", s.DayR), ("week", s.WeekR), ("equity", s.Equity)));
        if (positionsUnchanged) return;
        batch.BatchCommands.Add(Command("DELETE FROM qari_positions WHERE run = @run AND account = @account", run, s.Account));
        foreach (var p in s.Positions)
            batch.BatchCommands.Add(Command("""
                INSERT INTO qari_positions(run, account, symbol, trade_id, phase, quantity, avg_entry, stop, target1, target2)
                VALUES (@run, @account, @symbol, @trade, @phase, @qty, @avg, @stop, @t1, @t2)
                """, run, s.Account, ("symbol", p.Symbol.ToString()), ("trade", p.Trade.Value), ("phase", p.Phase), ("qty", p.Quantity), ("avg", p.AverageEntry),
                ("stop", p.Stop), ("t1", p.Target1), ("t2", p.Target2)));
    }

    private static NpgsqlBatchCommand Command(string sql, long? run, AccountId account, params (string Name, object? Value)[] values)
    {
        var cmd = new NpgsqlBatchCommand(sql);
        if (run is { } r) cmd.Parameters.Add(new NpgsqlParameter<long>("run", r));
        cmd.Parameters.Add(new NpgsqlParameter<string>("account", Key(account)));
        foreach (var (name, value) in values) cmd.Parameters.Add(Parameter(name, value));
        return cmd;
    }

    // Typed, so a null still has a type PostgreSQL can check (COALESCE, numeric columns).
    private static NpgsqlParameter Parameter(string name, object? value) => value switch
    {
        null => new NpgsqlParameter(name, name is "r" or "price" or "stop" or "filled" ? NpgsqlDbType.Numeric : NpgsqlDbType.Text) { Value = DBNull.Value },
        decimal d => new NpgsqlParameter<decimal>(name, NpgsqlDbType.Numeric) { TypedValue = d },
        string t => new NpgsqlParameter<string>(name, NpgsqlDbType.Text) { TypedValue = t },
        long l => new NpgsqlParameter<long>(name, NpgsqlDbType.Bigint) { TypedValue = l },
        bool b => new NpgsqlParameter<bool>(name, NpgsqlDbType.Boolean) { TypedValue = b },
        DateTimeOffset t => new NpgsqlParameter<DateTimeOffset>(name, NpgsqlDbType.TimestampTz) { TypedValue = t },
        _ => throw new ArgumentOutOfRangeException(nameof(value), value.GetType().Name, "Unsupported journal parameter type."),
    };
}
