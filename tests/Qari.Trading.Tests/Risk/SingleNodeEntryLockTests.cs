using Qari.Model.Ids;
using Qari.Trading.Risk;

namespace Qari.Trading.Tests.Risk;

public class SingleNodeEntryLockTests
{
    private static readonly EntryLockKey Key = new(new UserId(Guid.NewGuid()), Symbol.Parse("BTC/USDT"));
    private static readonly AccountId A = new(Guid.NewGuid());
    private static readonly AccountId B = new(Guid.NewGuid());

    [Fact]
    public void TryAcquire_HeldByOther_FailsUntilOwnerReleases()
    {
        var l = new SingleNodeEntryLock();
        Assert.True(l.TryAcquire(Key, A));
        Assert.False(l.TryAcquire(Key, B));
        Assert.True(l.TryAcquire(Key, A)); // re-entrant for its owner (a restarted engine)
        l.Release(Key, B);
        Assert.True(l.IsHeld(Key));
        l.Release(Key, A);
        Assert.True(l.TryAcquire(Key, B));
    }

    [Fact]
    public void TryAcquire_ManyThreads_ExactlyOneWins()
    {
        var l = new SingleNodeEntryLock();
        var wins = 0;
        Parallel.For(0, 64, _ => { if (l.TryAcquire(Key, new AccountId(Guid.NewGuid()))) Interlocked.Increment(ref wins); });
        Assert.Equal(1, wins);
    }
}
