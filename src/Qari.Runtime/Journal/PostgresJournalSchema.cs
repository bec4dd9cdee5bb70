using Npgsql;

namespace Qari.Runtime.Journal;

/// <summary>
/// The PostgreSQL journal's tables, the SQLite journal's with proper types: <c>numeric</c> for every decimal (exact,
/// scale kept), <c>timestamptz</c> at millisecond precision (what the SQLite journal's text stamps hold), payloads as
/// <c>text</c> (not <c>jsonb</c>, which would reorder keys and normalise numbers). Installed idempotently in one
/// transaction under an advisory lock, so nodes starting together do not race.
/// </summary>
internal static class PostgresJournalSchema
{
    // Any constant shared by every Qari node (distinct from the Orleans installer's lock).
    private const long InstallLock = 0x5161_7269_4a6f_7572;

    private const string Tables = """
        CREATE TABLE IF NOT EXISTS qari_journal (
          seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, run bigint NOT NULL, account text NOT NULL, at timestamptz NOT NULL,
          direction text NOT NULL, kind text NOT NULL, r numeric NULL, payload text NOT NULL);
        CREATE INDEX IF NOT EXISTS ix_qari_journal_account ON qari_journal (account, seq);
        CREATE INDEX IF NOT EXISTS ix_qari_journal_run ON qari_journal (run, account, seq);
        CREATE TABLE IF NOT EXISTS qari_orders (
          run bigint NOT NULL, account text NOT NULL, client_id text NOT NULL, symbol text NOT NULL, side text NOT NULL,
          type text NOT NULL, leg text NOT NULL, quantity numeric NOT NULL, price numeric NULL, stop_price numeric NULL,
          state text NOT NULL, exchange_id text NULL, filled numeric NULL, sent_at timestamptz NOT NULL, outcome_at timestamptz NULL,
          detail text NULL, PRIMARY KEY (run, account, client_id));
        CREATE INDEX IF NOT EXISTS ix_qari_orders_client ON qari_orders (account, client_id, run);
        CREATE TABLE IF NOT EXISTS qari_accounts (
          run bigint NOT NULL, account text NOT NULL, name text NOT NULL, exchange text NOT NULL, clock timestamptz NOT NULL,
          degraded boolean NOT NULL, kill_tripped boolean NOT NULL, kill_reason text NOT NULL, day_r numeric NOT NULL,
          week_r numeric NOT NULL, equity numeric NOT NULL, PRIMARY KEY (run, account));
        CREATE INDEX IF NOT EXISTS ix_qari_accounts_account ON qari_accounts (account, run);
        CREATE TABLE IF NOT EXISTS qari_positions (
          run bigint NOT NULL, account text NOT NULL, symbol text NOT NULL, trade_id bigint NOT NULL, phase text NOT NULL,
          quantity numeric NOT NULL, avg_entry numeric NOT NULL, stop numeric NOT NULL, target1 numeric NOT NULL, target2 numeric NOT NULL,
          PRIMARY KEY (run, account, symbol));
        CREATE TABLE IF NOT EXISTS qari_ownership (account text PRIMARY KEY, epoch bigint NOT NULL);
        """;

    /// <summary>Creates whatever table or index is missing.</summary>
    public static async Task EnsureAsync(NpgsqlDataSource db, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var tx = await conn.BeginTransactionAsync(ct).ConfigureAwait(false);
        await using (var lockCmd = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({InstallLock})", conn, tx))
            await lockCmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        await using (var create = new NpgsqlCommand(Tables, conn, tx))
            await create.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        await tx.CommitAsync(ct).ConfigureAwait(false);
    }
}
