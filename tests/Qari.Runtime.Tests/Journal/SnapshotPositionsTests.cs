using Qari.Runtime.Journal;

namespace Qari.Runtime.Tests.Journal;

/// <summary>
/// A turn whose positions did not change rewrites only the account row: the positions committed earlier stay as
/// they were, and "unchanged" means the same positions with the same decimals to the last digit of scale.
/// </summary>
public sealed class SnapshotPositionsTests
{
    public static TheoryData<string> Backends() => JournalBackend.Names();

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task CommitAsync_SnapshotWithPositionsUnchanged_UpdatesTheAccountRowAndKeepsThePositions(string backend)
    {
        using var db = JournalBackend.Create(backend);
        using var journal = db.Open(1);
        var account = JournalContractTests.NewAccount();
        var first = JournalContractTests.Snapshot(account, "first", [JournalContractTests.Position("BTC", 0.5m), JournalContractTests.Position("ETH", 2m)]);
        var batch = new JournalBatch();
        batch.Snapshot(first);
        await journal.CommitAsync(batch, CancellationToken.None);

        batch.Snapshot(first with { Name = "second", Clock = first.Clock.AddMinutes(5) }, positionsUnchanged: true);
        await journal.CommitAsync(batch, CancellationToken.None);

        var read = Assert.Single(journal.Accounts(), a => a.Account == account);
        Assert.Equal("second", read.Name);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(first.Clock.AddMinutes(5).ToUnixTimeMilliseconds()), read.Clock);
        Assert.Equal(first.Positions.Select(p => p.Symbol), read.Positions.Select(p => p.Symbol));
    }

    [Fact]
    public void SameAs_EqualPositions_True()
    {
        IReadOnlyList<PositionSnapshot> a = [JournalContractTests.Position("BTC", 0.5m), JournalContractTests.Position("ETH", 2m)];
        IReadOnlyList<PositionSnapshot> b = [JournalContractTests.Position("BTC", 0.5m), JournalContractTests.Position("ETH", 2m)];

        Assert.True(PositionSnapshot.SameAs(a, b));
    }

    [Fact]
    public void SameAs_SameValueOtherScale_False()
    {
        var p = JournalContractTests.Position("BTC", 0.5m);

        Assert.False(PositionSnapshot.SameAs([p], [p with { Quantity = 0.50m }]));
    }

    [Fact]
    public void SameAs_NothingCommittedYetOrOtherCount_False()
    {
        var p = JournalContractTests.Position("BTC", 0.5m);

        Assert.False(PositionSnapshot.SameAs(null, [p]));
        Assert.False(PositionSnapshot.SameAs([p], []));
        Assert.False(PositionSnapshot.SameAs([p], [p with { Stop = p.Stop + 1m }]));
    }
}
