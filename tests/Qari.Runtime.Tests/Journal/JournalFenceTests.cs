using Qari.Runtime.Journal;

namespace Qari.Runtime.Tests.Journal;

/// <summary>
/// Fenced batches, on SQLite and (when <c>QARI_TEST_POSTGRES</c> is set) PostgreSQL: a batch commits only while its
/// account's ownership epoch is the fence's, checked inside the commit's transaction; otherwise nothing of it is
/// written — its order's sending row included — and it stays as it was.
/// </summary>
public sealed class JournalFenceTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> Backends() => JournalBackend.Names();

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task CommitAsync_FencedWithTheCurrentEpoch_CommitsEverything(string backend)
    {
        using var db = JournalBackend.Create(backend);
        using var journal = db.Open(1);
        var account = JournalContractTests.NewAccount();
        var epoch = journal.Ownership.ClaimOwnership(account);
        var batch = Fenced(account, epoch);

        var outcome = await journal.CommitAsync(batch, CancellationToken.None);

        Assert.Equal(JournalCommit.Committed, outcome);
        Assert.Equal(0, batch.Count);
        Assert.Single(journal.Rows(account));
        Assert.Equal("Sending", Assert.Single(db.Orders(account)).State);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task CommitAsync_AnotherRunClaimedSince_WritesNothingAndAnswersSuperseded(string backend)
    {
        using var db = JournalBackend.Create(backend);
        using var mine = db.Open(1);
        using var theirs = db.Open(2);
        var account = JournalContractTests.NewAccount();
        var epoch = mine.Ownership.ClaimOwnership(account);
        theirs.Ownership.ClaimOwnership(account);
        var batch = Fenced(account, epoch);

        var outcome = await mine.CommitAsync(batch, CancellationToken.None);

        Assert.Equal(JournalCommit.Superseded, outcome);
        Assert.Empty(mine.Rows(account));
        Assert.Empty(db.Orders(account));
        // The batch is kept as it was (still durable, its rows pending), and the fence stays on it.
        Assert.Equal((2, true, epoch), (batch.Count, batch.Durable, batch.Fence?.Epoch));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task CommitAsync_ManyTradersOneSuperseded_OnlyThatBatchIsMissing(string backend)
    {
        using var db = JournalBackend.Create(backend);
        using var journal = db.Open(1);
        var accounts = Enumerable.Range(0, 12).Select(_ => JournalContractTests.NewAccount()).ToList();
        var epochs = accounts.ToDictionary(a => a, a => journal.Ownership.ClaimOwnership(a));
        var lost = accounts[7];
        journal.Ownership.ClaimOwnership(lost);

        // Concurrent fenced batches (SQLite may put several in one transaction): only the stale one is dropped.
        var outcomes = await Task.WhenAll(accounts.Select(a => Task.Run(() => journal.CommitAsync(Fenced(a, epochs[a]), CancellationToken.None))));

        Assert.Equal(accounts.Select(a => a == lost ? JournalCommit.Superseded : JournalCommit.Committed), outcomes);
        foreach (var a in accounts.Where(a => a != lost)) Assert.Single(db.Orders(a));
        Assert.Empty(db.Orders(lost));
        Assert.Empty(journal.Rows(lost));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task CommitAsync_FencedOnAnAccountNeverClaimed_AnswersSuperseded(string backend)
    {
        using var db = JournalBackend.Create(backend);
        using var journal = db.Open(1);
        var account = JournalContractTests.NewAccount();

        var outcome = await journal.CommitAsync(Fenced(account, 1), CancellationToken.None);

        Assert.Equal(JournalCommit.Superseded, outcome);
        Assert.Empty(db.Orders(account));
    }

    private static JournalBatch Fenced(Qari.Model.Ids.AccountId account, long epoch)
    {
        var batch = new JournalBatch();
        batch.FenceOn(account, epoch);
        batch.Append(account, At, "in", "TimerTick", "{}");
        batch.OrderSending(account, At, JournalSamples.Spec);
        return batch;
    }
}
