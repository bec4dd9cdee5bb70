using Npgsql;
using Qari.Model.Ids;
using Qari.Runtime.Journal;
using Qari.Runtime.Tests.Grains;

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
