using Qari.Model.Ids;
using Qari.Trading.Risk;

namespace Qari.Trading.Tests.Risk;

public class ReplayEntryLockTests
{
    private static readonly UserId User = new(Guid.NewGuid());
    private static readonly AccountId Account = new(Guid.NewGuid());
    private static readonly Symbol Eth = Symbol.Parse("ETH/USDT"), Sol = Symbol.Parse("SOL/USDT");

    [Fact]
    public void TryAcquire_GrantsExactlyTheRecordedEntriesInOrder()
    {
        var l = new ReplayEntryLock([Eth, Sol]);
        Assert.False(l.TryAcquire(new EntryLockKey(User, Sol), Account)); // originally refused: SOL came second
        Assert.True(l.TryAcquire(new EntryLockKey(User, Eth), Account));
        Assert.True(l.TryAcquire(new EntryLockKey(User, Sol), Account));
        Assert.False(l.TryAcquire(new EntryLockKey(User, Eth), Account)); // nothing more was opened
        Assert.False(l.IsHeld(new EntryLockKey(User, Eth)));
    }
}
