using Qari.Model.Ids;
using Qari.Runtime.Ownership;
using Qari.Runtime.Tests.Grains;

namespace Qari.Runtime.Tests.Ownership;

public sealed class PostgresOwnershipStoreTests
{
    [PostgresFact]
    public async Task ClaimOwnership_FromTwoNodes_EachClaimSupersedesTheLastForBoth()
    {
        var cs = Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable)!;
        using var nodeA = await PostgresOwnershipStore.OpenAsync(cs, CancellationToken.None);
        using var nodeB = await PostgresOwnershipStore.OpenAsync(cs, CancellationToken.None);
        var account = new AccountId(Guid.NewGuid());

        Assert.Equal(0, nodeB.CurrentEpoch(account));
        var first = nodeA.ClaimOwnership(account);
        Assert.Equal(1, first);
        Assert.Equal(first, nodeB.CurrentEpoch(account));
        var second = nodeB.ClaimOwnership(account);
        Assert.Equal(2, second);
        Assert.Equal(second, nodeA.CurrentEpoch(account));
        Assert.Equal(0, nodeA.CurrentEpoch(new AccountId(Guid.NewGuid())));
    }

    [PostgresFact]
    public async Task OpenAsync_FromSeveralNodesOnAnEmptyDatabase_InstallsTheTableOnceAndClaimsWork()
    {
        var cs = Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable)!;
        var schema = "qari_own_" + Guid.NewGuid().ToString("N")[..8];
        await Execute(cs, $"CREATE SCHEMA {schema}");
        try
        {
            var scoped = new Npgsql.NpgsqlConnectionStringBuilder(cs) { SearchPath = schema }.ConnectionString;

            var nodes = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => PostgresOwnershipStore.OpenAsync(scoped, CancellationToken.None)));
            var account = new AccountId(Guid.NewGuid());
            var claims = nodes.Select(n => n.ClaimOwnership(account)).ToList();

            Assert.Equal([1L, 2L, 3L, 4L, 5L, 6L], claims);
            Assert.All(nodes, n => Assert.Equal(6L, n.CurrentEpoch(account)));
            foreach (var node in nodes) node.Dispose();
        }
        finally
        {
            await Execute(cs, $"DROP SCHEMA {schema} CASCADE");
        }
    }

    private static async Task Execute(string cs, string sql)
    {
        await using var db = Npgsql.NpgsqlDataSource.Create(cs);
        await using var cmd = db.CreateCommand(sql);
        await cmd.ExecuteNonQueryAsync();
    }
}
