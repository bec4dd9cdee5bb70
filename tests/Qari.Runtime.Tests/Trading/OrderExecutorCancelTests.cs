using Microsoft.Extensions.Logging.Abstractions;
using Qari.Exchanges;
using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Http;
using Qari.Model.Ids;
using Qari.Model.Orders;
using Qari.Runtime.Health;
using Qari.Runtime.Trading;
using Qari.Simulator.Accounts;
using Qari.Simulator.Hosting;
using Qari.Trading.Commands;
using Qari.Trading.Events;
using Qari.Trading.Execution;

namespace Qari.Runtime.Tests.Trading;

/// <summary>
/// A cancel that lands after part of the order filled (the crash soak's uncovered BNB): the fills the engine had not
/// seen yet come with the answer, fees included, instead of a bare "cancelled" that left them on the venue unaccounted.
/// </summary>
public sealed class OrderExecutorCancelTests
{
    private static readonly Symbol Bnb = new("BNB", "USDT");
    private static readonly DateTimeOffset At = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000);
    private static readonly ClientOrderId Id = ClientOrderId.Create(new TradeId(7), OrderLeg.Entry1, 1);
    private static readonly OrderSpec Spec = new(Id, new TradeId(7), OrderLeg.Entry1, Bnb, OrderSide.Buy, OrderType.Limit, 1m, 690m, null);

    [Fact]
    public async Task CancelAsync_PartlyFilledOnTheSimulator_AnswersTheFillsWithFeesAndTheFinalState()
    {
        var seed = new SimulatorSeed
        {
            Markets = [new SeedMarket("BNB/USDT", 0.01m, 0.001m, 0.001m, 5m, Price: 700m)],
            Accounts = [new SeedAccount(DemoSeed.AccountId, new Dictionary<string, decimal> { ["USDT"] = 10_000m }, [new SimKey(DemoSeed.KeyId, DemoSeed.Secret, DemoSeed.AccountId)])],
        };
        var started = await SimulatorHost.StartAsync(new SimulatorOptions { Port = 0, Seed = seed });
        Assert.True(started.IsSuccess, started.Error?.Message);
        await using var sim = started.Value;
        using var http = new HttpClient();
        using var limits = new RateLimitRegistry(TimeProvider.System);
        using var key = new InMemoryCredentials(DemoSeed.KeyId, DemoSeed.Secret);
        var exchange = SpotExchangeFactory.Create(SpotExchangeFactory.CreateHttpClient(ExchangeId.Binance, http, new ExchangeHttpOptions(sim.BaseUrl),
            limits, TimeProvider.System, NullLogger.Instance), key);
        var executor = new OrderExecutor(exchange, new RuntimeMetrics());
        var tracker = new OrderTracker();
        tracker.Submit(Spec, At);
        foreach (var e in await executor.PlaceAsync(Spec, At, CancellationToken.None)) tracker.Apply(e);
        Assert.Equal(OrderState.New, tracker.Find(Id)!.State);

        // 0.4 of the resting buy fills after the engine last looked; then the engine cancels it (leg 1 expired, PT1 started…).
        sim.State.Engine.PushPrice(Bnb, 690m, volume: 0.4m);
        var answer = await executor.CancelAsync(new CancelOrder(Id, Bnb), At, CancellationToken.None);
        foreach (var e in answer) tracker.Apply(e);

        var fill = Assert.Single(answer.OfType<OrderFilled>());
        Assert.Equal(0.4m, fill.Quantity);
        Assert.Equal(0.0004m, fill.FeeBase);
        var report = Assert.IsType<OrderStatusReported>(answer[^1]);
        Assert.Equal(OrderStatus.Canceled, report.Status);
        var order = tracker.Find(Id)!;
        Assert.Equal(OrderState.Canceled, order.State);
        Assert.Equal(0.4m, order.Filled);
    }

    [Fact]
    public async Task CancelAsync_NothingFilled_AnswersCanceledWithoutAQuery()
    {
        var exchange = new PlaceAnswerExchange(Snapshot(OrderStatus.New, 0m), []) { Cancelled = Snapshot(OrderStatus.Canceled, 0m) };

        var answer = await new OrderExecutor(exchange, new RuntimeMetrics()).CancelAsync(new CancelOrder(Id, Bnb), At, CancellationToken.None);

        Assert.IsType<OrderCanceled>(Assert.Single(answer));
        Assert.Equal(0, exchange.Queries);
    }

    [Fact]
    public async Task CancelAsync_PartlyFilledAndTheQueryFails_CancelOutcomeUnknown()
    {
        var exchange = new PlaceAnswerExchange(Snapshot(OrderStatus.New, 0m), []) { Cancelled = Snapshot(OrderStatus.Canceled, 0.4m) };

        var answer = await new OrderExecutor(exchange, new RuntimeMetrics()).CancelAsync(new CancelOrder(Id, Bnb), At, CancellationToken.None);

        Assert.IsType<CancelOutcomeUnknown>(Assert.Single(answer));
        Assert.Equal(1, exchange.Queries);
    }

    [Fact]
    public async Task QueryAsync_FilledButTheFillListFails_NoAnswer()
    {
        var exchange = new PlaceAnswerExchange(Snapshot(OrderStatus.New, 0m), []) { Queried = Snapshot(OrderStatus.Filled, 1m), FillListFails = true };

        var answer = await new OrderExecutor(exchange, new RuntimeMetrics()).QueryAsync(new QueryOrder(Id, Bnb), At, CancellationToken.None);

        Assert.Empty(answer);
    }

    [Fact]
    public async Task PlaceAsync_FilledButTheFillListFails_AnswersOnlyAccepted()
    {
        var exchange = new PlaceAnswerExchange(Snapshot(OrderStatus.Filled, 1m), []) { FillListFails = true };

        var answer = await new OrderExecutor(exchange, new RuntimeMetrics()).PlaceAsync(Spec, At, CancellationToken.None);

        Assert.IsType<OrderAccepted>(Assert.Single(answer));
    }

    private static OrderSnapshot Snapshot(OrderStatus status, decimal filled) =>
        new(new ExchangeOrderId("42"), Id, Bnb, OrderSide.Buy, OrderType.Limit, status, 690m, null, 1m, filled, filled > 0 ? 690m : null, filled * 690m,
            At.ToUnixTimeMilliseconds(), At.ToUnixTimeMilliseconds());
}
