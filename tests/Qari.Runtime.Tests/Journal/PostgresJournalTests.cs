using Npgsql;
using Qari.Model.Ids;
using Qari.Runtime.Journal;
using Qari.Runtime.Tests.Grains;
using Qari.Runtime.Tests.Trading;

namespace Qari.Runtime.Tests.Journal;

/// <summary>What only the shared PostgreSQL journal has to do: many traders writing at once, nodes installing at once, runs on several nodes.</summary>
public sealed class PostgresJournalTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);

    private static string Cs => Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable)!;

    [PostgresFact]
    public async Task CommitAsync_FromManyAccountsAtOnce_KeepsEveryRowInEachAccountsOrder()
    {
        using var journal = await PostgresJournal.OpenAsync(Cs, 1, CancellationToken.None);
        var accounts = Enumerable.Range(0, 32).Select(_ => JournalContractTests.NewAccount()).ToList();

        await Task.WhenAll(accounts.Select(account => Task.Run(async () =>
        {
            var batch = new JournalBatch();
            for (var turn = 0; turn < 20; turn++)
            {
                for (var row = 0; row < 4; row++) batch.Append(account, At, "in", "TimerTick", $"{{\"turn\":{turn},\"row\":{row}}}");
                batch.Snapshot(JournalContractTests.Snapshot(account, $"turn {turn}", []));
                await journal.CommitAsync(batch, CancellationToken.None);
            }
        })));

        foreach (var account in accounts)
        {
            var expected = Enumerable.Range(0, 20).SelectMany(t => Enumerable.Range(0, 4).Select(r => $"{{\"turn\":{t},\"row\":{r}}}"));
            Assert.Equal(expected, journal.Rows(account).Select(r => r.Payload));
            Assert.Equal("turn 19", Assert.Single(journal.Accounts(), a => a.Account == account).Name);
        }
    }

    [PostgresFact]
    public async Task OrderOutcome_OnAnotherNodesRun_UpdatesTheOrderThatWasSent()
    {
        using var db = JournalBackend.Create(JournalBackend.Postgres);
        var account = JournalContractTests.NewAccount();
        using (var nodeA = db.Open(100)) nodeA.OrderSending(account, At, JournalSamples.Spec);
        using var nodeB = await PostgresJournal.OpenAsync(Cs, 200, CancellationToken.None);

        nodeB.OrderOutcome(account, JournalSamples.Spec.Id, At, "Accepted", "981", null);

        var row = Assert.Single(db.Orders(account));
        Assert.Equal((100L, "Accepted", "981"), (row.Run, row.State, row.ExchangeId));
    }

    [PostgresFact]
    public async Task Accounts_WrittenByTwoNodesRuns_GiveEachAccountsLatestSnapshot()
    {
        var (a, b) = (JournalContractTests.NewAccount(), JournalContractTests.NewAccount());
        using var nodeA = await PostgresJournal.OpenAsync(Cs, 100, CancellationToken.None);
        using var nodeB = await PostgresJournal.OpenAsync(Cs, 200, CancellationToken.None);
        nodeA.Snapshot(JournalContractTests.Snapshot(a, "a on node A", [JournalContractTests.Position("BTC", 1m)]));
        nodeA.Snapshot(JournalContractTests.Snapshot(b, "b before the move", [JournalContractTests.Position("BTC", 1m)]));
        nodeB.Snapshot(JournalContractTests.Snapshot(b, "b after the move", []));

        var read = nodeA.Accounts().Where(x => x.Account == a || x.Account == b).ToDictionary(x => x.Account);

        Assert.Equal("a on node A", read[a].Name);
        Assert.Single(read[a].Positions);
        Assert.Equal("b after the move", read[b].Name);
        Assert.Empty(read[b].Positions);
    }

    [PostgresFact]
    public async Task OpenAsync_FromSeveralNodesOnAnEmptyDatabase_InstallsTheTablesOnce()
    {
        var schema = "qari_install_" + Guid.NewGuid().ToString("N")[..8];
        await Execute(Cs, $"CREATE SCHEMA {schema}");
        try
        {
            var cs = new NpgsqlConnectionStringBuilder(Cs) { SearchPath = schema }.ConnectionString;

            var nodes = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => PostgresJournal.OpenAsync(cs, i, CancellationToken.None)));
            var account = JournalContractTests.NewAccount();
            nodes[3].Append(account, At, "in", "TimerTick", "{}");

            Assert.Single(nodes[0].Rows(account));
            Assert.Equal(5L, await Scalar(Cs, $"SELECT count(*) FROM information_schema.tables WHERE table_schema = '{schema}'"));
            foreach (var node in nodes) node.Dispose();
        }
        finally
        {
            await Execute(Cs, $"DROP SCHEMA {schema} CASCADE");
        }
    }

    [PostgresFact]
    public async Task ReadStatusAsync_WithTheJournalVariable_ReadsPostgresNotTheDataDirectory()
    {
        var account = JournalContractTests.NewAccount();
        using (var journal = await PostgresJournal.OpenAsync(Cs, 1, CancellationToken.None))
            journal.Snapshot(JournalContractTests.Snapshot(account, "status via postgres", []));
        var location = JournalLocation.FromEnvironment("/nonexistent-qari-dir", v => v == JournalLocation.PostgresVariable ? Cs : null);

        var status = await location.ReadStatusAsync(CancellationToken.None);

        Assert.True(status.IsSuccess, status.Error?.Message);
        Assert.Equal("status via postgres", Assert.Single(status.Value, a => a.Account == account).Name);
        Assert.DoesNotContain("qari-test", location.ToString(), StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task CommitAsync_AfterTheServerWentAwayAndCameBack_FailsWhileDownThenEveryPooledCallWorks()
    {
        var server = new NpgsqlConnectionStringBuilder(Cs);
        await using var proxy = new PostgresProxy(server.Host!, server.Port);
        using var journal = await PostgresJournal.OpenAsync(Through(proxy), 1, CancellationToken.None);
        var account = JournalContractTests.NewAccount();
        // Several idle pooled connections, all of which the cut breaks without the pool noticing.
        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => journal.Rows(account))));
        proxy.Cut();

        // While it is down a call fails as unreachable: Npgsql's own error, or (seen when a new connection's socket is
        // torn down between connecting and opening its stream) the raw socket error. The traders handle both alike.
        Unreachable(await Record.ExceptionAsync(() => journal.CommitAsync(Batch(account, "lost"), CancellationToken.None)));
        Unreachable(Record.Exception(() => journal.Ownership.CurrentEpoch(account)));
        proxy.Restore();

        // Back: no call meets a dead pooled connection (each one would cost a trader another back-off round).
        for (var i = 0; i < 8; i++) await journal.CommitAsync(Batch(account, $"after {i}"), CancellationToken.None);
        Assert.Equal(0, journal.Ownership.CurrentEpoch(account));
        Assert.Equal(Enumerable.Range(0, 8).Select(i => $"\"after {i}\""), journal.Rows(account).Select(r => r.Payload));
    }

    [PostgresFact]
    public async Task CommitAsync_ServerSilent_EndsWithATimeoutInsteadOfHanging()
    {
        var server = new NpgsqlConnectionStringBuilder(Cs);
        await using var proxy = new PostgresProxy(server.Host!, server.Port);
        var cs = new NpgsqlConnectionStringBuilder(Through(proxy)) { CommandTimeout = 2, Timeout = 2, CancellationTimeout = -1 }.ConnectionString;
        using var journal = await PostgresJournal.OpenAsync(cs, 1, CancellationToken.None);
        var account = JournalContractTests.NewAccount();
        journal.Rows(account);
        proxy.Stall();

        // A pooled connection that went silent, then new connections nobody answers: each call ends by its timeout.
        // The guard only turns a hang into a failure; the timeouts themselves are two seconds.
        var commit = await Assert.ThrowsAsync<NpgsqlException>(() => journal.CommitAsync(Batch(account, "lost"), CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(2)));
        Assert.IsType<TimeoutException>(commit.InnerException);
        var epoch = await Assert.ThrowsAsync<NpgsqlException>(() => Task.Run(() => journal.Ownership.CurrentEpoch(account)).WaitAsync(TimeSpan.FromMinutes(2)));
        Assert.IsType<TimeoutException>(epoch.InnerException);
        proxy.Restore();

        await journal.CommitAsync(Batch(account, "after"), CancellationToken.None);
        Assert.Equal("\"after\"", Assert.Single(journal.Rows(account)).Payload);
    }

    private static void Unreachable(Exception? thrown) =>
        Assert.True(thrown is NpgsqlException or IOException, $"expected the database to be unreachable, got {thrown?.GetType().Name ?? "no exception"}: {thrown?.Message}");

    private static string Through(PostgresProxy proxy) => new NpgsqlConnectionStringBuilder(Cs) { Host = "127.0.0.1", Port = proxy.Port }.ConnectionString;

    private static JournalBatch Batch(AccountId account, string payload)
    {
        var batch = new JournalBatch();
        batch.Append(account, At, "in", "TimerTick", $"\"{payload}\"");
        return batch;
    }

    private static async Task Execute(string cs, string sql)
    {
        await using var db = new NpgsqlConnection(cs);
        await db.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, db);
        await cmd.ExecuteNonQueryAsync();
    }

    private static async Task<long> Scalar(string cs, string sql)
    {
        await using var db = new NpgsqlConnection(cs);
        await db.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, db);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }
}
