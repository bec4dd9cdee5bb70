using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Tests.Contract;
using Qari.Model.Ids;
using Qari.Model.Orders;

namespace Qari.Exchanges.Tests.Okx;

/// <summary>OKX-specific adapter behaviour against the simulator, beyond the shared contract.</summary>
public sealed class OkxExchangeTests : IAsyncLifetime
{
    private static readonly Symbol Btc = new("BTC", "USDT");
    private ContractSimulator _sim = null!;

    public async Task InitializeAsync() => _sim = await ContractSimulator.StartAsync(ExchangeId.Okx);

    public async Task DisposeAsync() => await _sim.DisposeAsync();

    [Fact]
    public async Task GetFills_TriggeredStop_AreReportedUnderTheStopsAlgoIds()
    {
        var okx = _sim.Connect(ContractSeed.Trader);
        var id = ClientOrderId.Create(new TradeId(9001), OrderLeg.Stop, 0);
        var stop = (await okx.PlaceOrderAsync(OrderRequest.StopMarket(Btc, OrderSide.Sell, 0.2m, 45_000m, id), CancellationToken.None)).Value;
        await _sim.Control.PushPriceAsync("BTC/USDT", 44_900m);
        var fill = Assert.Single((await okx.GetFillsAsync(Btc, 0, CancellationToken.None)).Value);
        Assert.Equal((stop.ExchangeOrderId, id), (fill.ExchangeOrderId, fill.ClientOrderId!.Value));
        var open = (await okx.GetOpenOrdersAsync(Btc, CancellationToken.None)).Value;
        Assert.Empty(open);
    }

    [Fact]
    public async Task GetOrder_TriggeredStopLimitStillResting_IsPartOfOpenOrdersUnderTheStopsIds()
    {
        var okx = _sim.Connect(ContractSeed.Trader);
        var id = ClientOrderId.Create(new TradeId(9002), OrderLeg.Stop, 0);
        var stop = (await okx.PlaceOrderAsync(OrderRequest.StopLimit(Btc, OrderSide.Sell, 0.2m, 45_000m, 46_000m, id), CancellationToken.None)).Value;
        await _sim.Control.PushPriceAsync("BTC/USDT", 44_900m);
        var open = Assert.Single((await okx.GetOpenOrdersAsync(Btc, CancellationToken.None)).Value);
        Assert.Equal((stop.ExchangeOrderId, OrderType.StopLimit), (open.ExchangeOrderId, open.Type));
        var byClient = (await okx.GetOrderAsync(Btc, OrderRef.ByClientId(id), CancellationToken.None)).Value;
        Assert.Equal(OrderStatus.New, byClient.Status);
    }
}
