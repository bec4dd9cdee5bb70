using Qari.Exchanges.Abstractions;
using Qari.Model.Ids;
using Qari.Model.Orders;
using Qari.Runtime.Health;
using Qari.Runtime.Trading;
using Qari.Trading.Events;
using Qari.Trading.Execution;

namespace Qari.Runtime.Tests.Trading;

/// <summary>What an order that filled at placement turns into: fills from the answer when complete, else from the fill list.</summary>
public sealed class OrderExecutorTests
{
    private static readonly Symbol Btc = new("BTC", "USDT");
    private static readonly DateTimeOffset At = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000);
    private static readonly ClientOrderId Id = ClientOrderId.Create(new TradeId(7), OrderLeg.Entry1, 1);
    private static readonly OrderSpec Spec = new(Id, new TradeId(7), OrderLeg.Entry1, Btc, OrderSide.Buy, OrderType.Limit, 0.03m, 50_100m, null);

    [Fact]
    public async Task PlaceAsync_AnswerCarriesAllFills_AdoptsThemWithoutReadingTheFillList()
    {
        var exchange = new PlaceAnswerExchange(Filled() with { Fills = [Fill("t1", 0.01m, 50_000m, 0.00001m, "BTC"), Fill("t2", 0.02m, 50_050m, 0.00002m, "BTC")] }, []);

        var events = await new OrderExecutor(exchange, new RuntimeMetrics()).PlaceAsync(Spec, At, CancellationToken.None);

        Assert.Equal(0, exchange.FillListReads);
        Assert.IsType<OrderAccepted>(events[0]);
        var fills = events.OfType<OrderFilled>().ToList();
        Assert.Equal(["t1", "t2"], fills.Select(f => f.FillId));
        Assert.Equal([0.01m, 0.02m], fills.Select(f => f.Quantity));
        Assert.Equal([0.00001m, 0.00002m], fills.Select(f => f.FeeBase));
        Assert.All(fills, f => Assert.Equal(Id, f.Order));
        var report = Assert.IsType<OrderStatusReported>(events[^1]);
        Assert.Equal(OrderStatus.Filled, report.Status);
    }

    [Fact]
    public async Task PlaceAsync_AnswerFillsShortOfTheFilledQuantity_ReadsTheFillList()
    {
        var listed = new[] { Fill("t1", 0.01m, 50_000m, 0.01m, "USDT"), Fill("t2", 0.02m, 50_050m, 0.02m, "USDT") };
        var exchange = new PlaceAnswerExchange(Filled() with { Fills = [listed[0]] }, listed);

        var events = await new OrderExecutor(exchange, new RuntimeMetrics()).PlaceAsync(Spec, At, CancellationToken.None);

        Assert.Equal(1, exchange.FillListReads);
        Assert.Equal(["t1", "t2"], events.OfType<OrderFilled>().Select(f => f.FillId));
        Assert.Equal([0.01m, 0.02m], events.OfType<OrderFilled>().Select(f => f.FeeQuote));
    }

    [Fact]
    public async Task PlaceAsync_AnswerWithoutFills_ReadsTheFillList()
    {
        var exchange = new PlaceAnswerExchange(Filled(), [Fill("t9", 0.03m, 50_000m, 0.03m, "USDT")]);

        var events = await new OrderExecutor(exchange, new RuntimeMetrics()).PlaceAsync(Spec, At, CancellationToken.None);

        Assert.Equal(1, exchange.FillListReads);
        Assert.Equal("t9", Assert.Single(events.OfType<OrderFilled>()).FillId);
    }

    [Fact]
    public async Task PlaceAsync_RestingUnfilled_ReadsNoFills()
    {
        var exchange = new PlaceAnswerExchange(Filled() with { Status = OrderStatus.New, FilledQuantity = 0m, AverageFillPrice = null, FilledQuote = 0m, Fills = [] }, []);

        var events = await new OrderExecutor(exchange, new RuntimeMetrics()).PlaceAsync(Spec, At, CancellationToken.None);

        Assert.Equal(0, exchange.FillListReads);
        Assert.IsType<OrderAccepted>(Assert.Single(events));
    }

    private static OrderSnapshot Filled() =>
        new(new ExchangeOrderId("42"), Id, Btc, OrderSide.Buy, OrderType.Limit, OrderStatus.Filled, 50_100m, null, 0.03m, 0.03m, 50_033.33m, 1501m, At.ToUnixTimeMilliseconds(), At.ToUnixTimeMilliseconds());

    private static Fill Fill(string tradeId, decimal quantity, decimal price, decimal fee, string feeAsset) =>
        new(tradeId, new ExchangeOrderId("42"), Id, Btc, OrderSide.Buy, price, quantity, fee, feeAsset, IsMaker: false, At.ToUnixTimeMilliseconds());
}
