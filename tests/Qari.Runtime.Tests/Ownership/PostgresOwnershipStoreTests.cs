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
}
