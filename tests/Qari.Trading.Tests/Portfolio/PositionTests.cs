using Qari.Model.Ids;
using Qari.Model.Instruments;
using Qari.Trading.Portfolio;
using Qari.Trading.Risk;

namespace Qari.Trading.Tests.Portfolio;

public class PositionTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 4, 10, 0, 0, TimeSpan.Zero);
    private static readonly InstrumentRules Rules = new(0.01m, 0.001m, 0.001m, 5m);

    private static Position New(decimal invalidation = 1750m) =>
        new(new TradeId(1), Symbol.Parse("ETH/USDT"), Rules, 1000m, invalidation);

    [Fact]
    public void Apply_EntryFills_AverageIncludesFeesAndStopSetStructurally()
    {
        var p = New();
        p.Apply(new EntryFilled(T0, 1m, 2000m, FeeQuote: 2m));
        p.Apply(new EntryFilled(T0, 1m, 2100m, FeeBase: 0.001m));

        Assert.Equal(1.999m, p.Quantity);
        Assert.Equal(4102m / 1.999m, p.AverageEntry);
        Assert.Equal(1750m, p.StopPrice);
        Assert.True(StopBand.Contains(p.StopPrice, p.AverageEntry));
    }

    [Fact]
    public void Apply_InvalidationTooTight_StopClampedTenPercentBelow()
    {
        var p = New(invalidation: 1990m);
        p.Apply(new EntryFilled(T0, 1m, 2000m));
        Assert.Equal(1800m, p.StopPrice);
    }

    [Fact]
    public void Apply_SecondLegMuchHigher_StopRaisedToStayWithin30Percent()
    {
        var p = New(invalidation: 1400m);
        p.Apply(new EntryFilled(T0, 1m, 2000m));
        Assert.Equal(1400m, p.StopPrice);
        p.Apply(new EntryFilled(T0, 3m, 3000m)); // average 2750 → lowest allowed 1925
        Assert.Equal(1925m, p.StopPrice);
    }

    [Fact]
    public void Apply_RaiseBeforeAnyExit_CappedAtTenPercentBelowAverage()
    {
        var p = New();
        p.Apply(new EntryFilled(T0, 1m, 2000m));
        p.Apply(new StopRaiseRequested(T0, 2500m, "test"));
        Assert.Equal(1800m, p.StopPrice);
    }

    [Fact]
    public void Apply_LowerStopRequested_StopNeverMovesDown()
    {
        var p = New();
        p.Apply(new EntryFilled(T0, 1m, 2000m));
        p.Apply(new StopRaiseRequested(T0, 1780m, "up"));
        var change = p.Apply(new StopRaiseRequested(T0, 1700m, "down"));
        Assert.Equal(1780m, p.StopPrice);
        Assert.False(change.StopMoved);
    }

    [Fact]
    public void Apply_ExitFills_RealisedQuoteAndR()
    {
        var p = New();
        p.Apply(new EntryFilled(T0, 4m, 2000m));
        var change = p.Apply(new ExitFilled(T0, 1.6m, 2600m, FeeQuote: 4m));
        Assert.Equal(956m, change.RealisedQuote);
        Assert.Equal(0.956m, change.RealisedR);
        Assert.Equal(2.4m, p.Quantity);

        // After an exit the stop may go to break-even and above.
        p.Apply(new StopRaiseRequested(T0, 2000m, "break-even"));
        Assert.Equal(2000m, p.StopPrice);
    }

    [Fact]
    public void Apply_SellMoreThanHeld_ClampedAndFlagged()
    {
        var p = New();
        p.Apply(new EntryFilled(T0, 1m, 2000m));
        var change = p.Apply(new ExitFilled(T0, 2m, 1750m));
        Assert.NotNull(change.Anomaly);
        Assert.Equal(0m, p.Quantity);
        Assert.Equal(-250m, p.RealisedQuote);
        Assert.Equal(-0.25m, p.RealisedR);
    }
}
