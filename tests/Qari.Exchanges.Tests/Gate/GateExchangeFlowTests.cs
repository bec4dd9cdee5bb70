using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Tests.Contract;
using Qari.Model.Ids;
using Qari.Model.Orders;
using Qari.Model.Results;

namespace Qari.Exchanges.Tests.Gate;

/// <summary>Gate-specific adapter flows beyond the shared contract: fired stops, finished orders, quote-only market buys.</summary>
public sealed class GateExchangeFlowTests() : ContractTestBase(ExchangeId.Gate)
{
    [Fact]
    public async Task GetOrder_FiredStopByExchangeId_KeepsTheStopsIdTypeAndTrigger()
    {
        var id = NewId(OrderLeg.Stop);
        var placed = Ok(await Trader.PlaceOrderAsync(OrderRequest.StopMarket(Btc, OrderSide.Sell, 0.2m, 45_000m, id), Ct));
        await Sim.Control.PushPriceAsync("BTC/USDT", 44_000m);

        var order = Ok(await Trader.GetOrderAsync(Btc, OrderRef.ByExchangeId(placed.ExchangeOrderId), Ct));

        Assert.Equal(placed.ExchangeOrderId, order.ExchangeOrderId);
        Assert.Equal(id, order.ClientOrderId);
        Assert.Equal(OrderType.StopMarket, order.Type);
        Assert.Equal(45_000m, order.StopPrice);
        Assert.Equal(OrderStatus.Filled, order.Status);
        Assert.Equal(0.2m, order.FilledQuantity);
        var fill = Assert.Single(Ok(await Trader.GetFillsAsync(Btc, 0, Ct)));
        Assert.Equal(id, fill.ClientOrderId);
    }

    [Fact]
    public async Task Cancel_FilledOrder_ReturnsItsFinalState()
    {
        var id = NewId();
        Ok(await Trader.PlaceOrderAsync(OrderRequest.Limit(Btc, OrderSide.Buy, 0.1m, 49_000m, id), Ct));
        await Sim.Control.PushPriceAsync("BTC/USDT", 48_000m);

        var cancelled = Ok(await Trader.CancelOrderAsync(Btc, OrderRef.ByClientId(id), Ct));

        Assert.Equal(OrderStatus.Filled, cancelled.Status);
    }

    [Fact]
    public async Task PlaceMarketBuy_SizedInBase_IsRefusedBeforeSending()
    {
        var result = await Trader.PlaceOrderAsync(OrderRequest.Market(Btc, OrderSide.Buy, 0.1m, NewId()), Ct);

        Assert.Equal(ErrorKind.Validation, result.Error!.Kind);
        Assert.Empty(Ok(await Trader.GetFillsAsync(Btc, 0, Ct)));
    }

    [Fact]
    public async Task RefusedOrder_ItsClientIdMayBeUsedAgain()
    {
        var id = NewId();
        Assert.False((await Sim.Connect(ContractSeed.Poor).PlaceOrderAsync(OrderRequest.Limit(Btc, OrderSide.Buy, 0.1m, 45_000m, id), Ct)).IsSuccess);
        var poor = Sim.Connect(ContractSeed.Poor);
        Assert.Equal(ErrorKind.InsufficientBalance, (await poor.PlaceOrderAsync(OrderRequest.Limit(Btc, OrderSide.Buy, 0.1m, 45_000m, id), Ct)).Error!.Kind);
        Assert.Equal(ErrorKind.InsufficientBalance, (await poor.PlaceOrderAsync(OrderRequest.Limit(Btc, OrderSide.Buy, 0.1m, 45_000m, id), Ct)).Error!.Kind);
    }
}
