using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Tests.Contract;
using Qari.Model.Ids;
using Qari.Model.Orders;
using Qari.Model.Results;

namespace Qari.Exchanges.Tests.Kucoin;

/// <summary>KuCoin-specific adapter flows beyond the shared contract: stops across the stop and HF systems.</summary>
public sealed class KucoinExchangeFlowTests() : ContractTestBase(ExchangeId.Kucoin)
{
    [Fact]
    public async Task GetOpenOrders_AllSymbols_IncludesWaitingStopsAndLimits()
    {
        var stop = NewId(OrderLeg.Stop);
        var limit = NewId();
        Ok(await Trader.PlaceOrderAsync(OrderRequest.StopLimit(Btc, OrderSide.Sell, 0.1m, 45_000m, 44_900m, stop), Ct));
        Ok(await Trader.PlaceOrderAsync(OrderRequest.Limit(Btc, OrderSide.Buy, 0.1m, 45_000m, limit), Ct));

        var open = Ok(await Trader.GetOpenOrdersAsync(null, Ct));

        Assert.Equal(OrderType.StopLimit, Assert.Single(open, o => o.ClientOrderId == stop).Type);
        Assert.Equal(OrderType.Limit, Assert.Single(open, o => o.ClientOrderId == limit).Type);
    }

    [Fact]
    public async Task GetOrder_CancelledStopByExchangeId_IsCanceledStop()
    {
        var id = NewId(OrderLeg.Stop);
        var placed = Ok(await Trader.PlaceOrderAsync(OrderRequest.StopMarket(Btc, OrderSide.Sell, 0.1m, 45_000m, id), Ct));
        Ok(await Trader.CancelOrderAsync(Btc, OrderRef.ByClientId(id), Ct));

        var order = Ok(await Trader.GetOrderAsync(Btc, OrderRef.ByExchangeId(placed.ExchangeOrderId), Ct));

        Assert.Equal(OrderStatus.Canceled, order.Status);
        Assert.Equal(OrderType.StopMarket, order.Type);
        Assert.Equal(45_000m, order.StopPrice);
    }

    [Fact]
    public async Task Cancel_FilledOrder_IsUnknownOrder()
    {
        var id = NewId();
        Ok(await Trader.PlaceOrderAsync(OrderRequest.Limit(Btc, OrderSide.Buy, 0.1m, 49_000m, id), Ct));
        await Sim.Control.PushPriceAsync("BTC/USDT", 48_000m);

        Assert.Equal(ErrorKind.UnknownOrder, (await Trader.CancelOrderAsync(Btc, OrderRef.ByClientId(id), Ct)).Error!.Kind);
        Assert.Equal(OrderStatus.Filled, Ok(await Trader.GetOrderAsync(Btc, OrderRef.ByClientId(id), Ct)).Status);
    }

    [Fact]
    public async Task PlaceLimit_PostOnlyThatWouldTake_IsRejected()
    {
        var result = await Trader.PlaceOrderAsync(OrderRequest.Limit(Btc, OrderSide.Buy, 0.1m, 51_000m, NewId(), TimeInForce.PostOnly), Ct);

        Assert.Equal(ErrorKind.Rejected, result.Error!.Kind);
    }
}
