using Microsoft.Extensions.Time.Testing;
using Qari.Exchanges.Abstractions;
using Qari.Model.Ids;
using Qari.Model.Instruments;
using Qari.Model.Orders;
using Qari.Simulator.Engine;

namespace Qari.Simulator.Tests.Engine;

public sealed class MatchingEngineTests
{
    private static readonly Symbol Btc = new("BTC", "USDT");
    private readonly MatchingEngine _engine = new(new FakeTimeProvider(DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000)));

    public MatchingEngineTests()
    {
        _engine.AddMarket(Btc, new InstrumentRules(0.01m, 0.001m, 0.001m, 5m), 50_000m);
        _engine.AddAccount(new SimAccount("a", new Dictionary<string, decimal> { ["USDT"] = 100_000m, ["BTC"] = 1m }));
        _engine.AddAccount(new SimAccount("b", new Dictionary<string, decimal> { ["USDT"] = 100_000m }));
    }

    private SimResult Limit(string account, OrderSide side, decimal qty, decimal price, string id) =>
        _engine.Place(new SimOrderRequest(account, Btc, side, OrderType.Limit, id, Quantity: qty, Price: price));

    private (decimal Free, decimal Locked) Balance(string account, string asset) =>
        _engine.Balances(account).Where(b => b.Asset == asset).Select(b => (b.Free, b.Locked)).FirstOrDefault();

    [Fact]
    public void Place_LimitBuyBelowMarket_RestsAndLocksQuote()
    {
        var result = Limit("a", OrderSide.Buy, 0.1m, 49_000m, "x");
        Assert.Equal(OrderStatus.New, result.Order!.Status);
        Assert.Equal((95_100m, 4_900m), Balance("a", "USDT"));
    }

    [Fact]
    public void Cancel_RestingOrder_ReleasesTheLock()
    {
        var order = Limit("a", OrderSide.Sell, 0.5m, 60_000m, "x").Order!;
        Assert.Equal((0.5m, 0.5m), Balance("a", "BTC"));
        Assert.Equal(OrderStatus.Canceled, _engine.Cancel("a", Btc, order.Id, null).Order!.Status);
        Assert.Equal((1m, 0m), Balance("a", "BTC"));
        Assert.Equal(SimReject.UnknownOrder, _engine.Cancel("a", Btc, order.Id, null).Reject);
    }

    [Fact]
    public void PushPrice_LimitedVolume_FillsBetterPriceFirstThenOlderFirst()
    {
        var older = Limit("a", OrderSide.Buy, 0.3m, 49_000m, "older").Order!;
        var newer = Limit("b", OrderSide.Buy, 0.3m, 49_000m, "newer").Order!;
        var better = Limit("b", OrderSide.Buy, 0.3m, 49_500m, "better").Order!;
        _engine.PushPrice(Btc, 48_000m, volume: 0.5m);
        Assert.Equal(OrderStatus.Filled, better.Status);
        Assert.Equal(0.2m, older.Executed);
        Assert.Equal(OrderStatus.PartiallyFilled, older.Status);
        Assert.Equal(0m, newer.Executed);
        Assert.Equal(49_500m, better.Fills.Single().Price);
        Assert.True(better.Fills.Single().IsMaker);
    }

    [Fact]
    public void PushPrice_BuyFilled_CreditsBaseLessFeeAndSpendsQuote()
    {
        Limit("b", OrderSide.Buy, 1m, 49_000m, "x");
        _engine.PushPrice(Btc, 49_000m);
        Assert.Equal((0.999m, 0m), Balance("b", "BTC"));
        Assert.Equal((51_000m, 0m), Balance("b", "USDT"));
    }

    [Fact]
    public void Place_MarketableLimit_TakesSyntheticLiquidityAsTaker()
    {
        var order = Limit("b", OrderSide.Buy, 0.1m, 51_000m, "x").Order!;
        Assert.Equal(OrderStatus.Filled, order.Status);
        Assert.False(order.Fills[0].IsMaker);
        Assert.True(order.Fills[0].Price is > 50_000m and < 50_010m);
        Assert.Equal(0m, Balance("b", "USDT").Locked);
    }

    [Fact]
    public void PushPrice_StopLimitTriggered_BecomesRestingLimit()
    {
        var stop = _engine.Place(new SimOrderRequest("a", Btc, OrderSide.Sell, OrderType.StopLimit, "s", Quantity: 0.5m, Price: 44_000m, StopPrice: 45_000m)).Order!;
        Assert.False(stop.IsWorking);
        _engine.PushPrice(Btc, 46_000m);
        Assert.False(stop.IsWorking);
        _engine.PushPrice(Btc, 44_999m);
        Assert.True(stop.IsWorking);
        Assert.Equal(OrderStatus.Filled, stop.Status);
        Assert.Equal(0.5m, stop.Executed);
    }

    [Fact]
    public void Place_StopAlreadyReached_IsRefused() =>
        Assert.Equal(SimReject.StopWouldTrigger, _engine.Place(new SimOrderRequest("a", Btc, OrderSide.Sell, OrderType.StopMarket, "s", Quantity: 0.5m, StopPrice: 50_000m)).Reject);

    [Theory]
    [InlineData(0.0015, 40_000, SimReject.LotSize)]
    [InlineData(0.001, 40_000.005, SimReject.PriceFilter)]
    [InlineData(0.001, 1_000, SimReject.MinNotional)]
    [InlineData(10, 40_000, SimReject.InsufficientBalance)]
    public void Place_BreaksARule_IsRefusedWithTheReason(double qty, double price, SimReject reason) =>
        Assert.Equal(reason, Limit("a", OrderSide.Buy, (decimal)qty, (decimal)price, "x").Reject);

    [Theory]
    [InlineData(DuplicateClientIdBehaviour.RejectedWhileOpen, true)]
    [InlineData(DuplicateClientIdBehaviour.AlwaysRejected, true)]
    [InlineData(DuplicateClientIdBehaviour.ReturnsExisting, false)]
    [InlineData(DuplicateClientIdBehaviour.NotEnforced, false)]
    public void Place_ReusedClientIdWhileOpen_FollowsTheDialectsRule(DuplicateClientIdBehaviour rule, bool rejected)
    {
        SimResult Place() => _engine.Place(new SimOrderRequest("a", Btc, OrderSide.Buy, OrderType.Limit, "same", Quantity: 0.1m, Price: 40_000m, Duplicates: rule));
        var first = Place();
        var second = Place();
        Assert.Equal(rejected, second.Reject == SimReject.DuplicateClientOrderId);
        if (rule == DuplicateClientIdBehaviour.ReturnsExisting) Assert.Same(first.Order, second.Order);
    }

    [Fact]
    public void Place_ReusedClientIdAfterFill_IsAcceptedWhenRejectedOnlyWhileOpen()
    {
        Limit("b", OrderSide.Buy, 0.1m, 49_000m, "again");
        _engine.PushPrice(Btc, 48_000m);
        Assert.True(Limit("b", OrderSide.Buy, 0.1m, 47_000m, "again").IsSuccess);
        Assert.Equal(47_000m, _engine.Find("b", Btc, null, "again")!.Price);
    }

    [Fact]
    public void Place_MarketBuyByQuote_SpendsAtMostTheAmount()
    {
        var order = _engine.Place(new SimOrderRequest("b", Btc, OrderSide.Buy, OrderType.Market, "m", QuoteAmount: 1_000m)).Order!;
        Assert.Equal(OrderStatus.Filled, order.Status);
        Assert.InRange(order.CumulativeQuote, 950m, 1_000m);
        Assert.Equal(100_000m - order.CumulativeQuote, Balance("b", "USDT").Free);
    }
}
