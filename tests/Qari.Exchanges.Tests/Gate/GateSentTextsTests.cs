using Qari.Exchanges.Gate;

namespace Qari.Exchanges.Tests.Gate;

public class GateSentTextsTests
{
    [Fact]
    public void TryReserve_SameTextTwice_RefusesTheSecond()
    {
        var sent = new GateSentTexts(10);

        Assert.True(sent.TryReserve("t-qabE0"));
        Assert.False(sent.TryReserve("t-qabE0"));
    }

    [Fact]
    public void Release_RefusedOrder_AllowsTheTextAgain()
    {
        var sent = new GateSentTexts(10);
        sent.TryReserve("t-qabE0");

        sent.Release("t-qabE0");

        Assert.True(sent.TryReserve("t-qabE0"));
    }

    [Fact]
    public void TryReserve_BeyondCapacity_ForgetsTheOldestFirst()
    {
        var sent = new GateSentTexts(2);
        sent.TryReserve("t-a");
        sent.TryReserve("t-b");
        sent.TryReserve("t-c");

        Assert.True(sent.TryReserve("t-a"));
        Assert.False(sent.TryReserve("t-c"));
    }
}
