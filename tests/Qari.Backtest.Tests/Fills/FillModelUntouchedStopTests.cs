using Qari.Backtest.Fills;
using Qari.Model.Ids;
using Qari.Model.Instruments;
using Qari.Model.Market;
using Qari.Model.Orders;

namespace Qari.Backtest.Tests.Fills;

/// <summary>
/// A resting stop that a candle does not reach is answered early (no fill list). These walks hold that answer to
/// what the full procedure gives: the same state but for one more candle seen, no fill, and the first candle that
/// reaches the trigger still triggers and fills as before.
/// </summary>
public class FillModelUntouchedStopTests
{
    private static readonly InstrumentRules Rules = new(0.01m, 0.00001m, 0.00001m, 5m);
    private static readonly FillModel Model = new(Rules, DefaultExchangeFees.For(ExchangeId.Binance));

    [Theory]
    [InlineData(OrderSide.Sell, OrderType.StopMarket, 1)]
    [InlineData(OrderSide.Sell, OrderType.StopLimit, 2)]
    [InlineData(OrderSide.Buy, OrderType.StopMarket, 3)]
    [InlineData(OrderSide.Buy, OrderType.StopLimit, 4)]
    public void Process_CandlesNotReachingTheTrigger_OnlyCountTheCandleUntilOneReachesIt(OrderSide side, OrderType type, int seed)
    {
        var random = new Random(seed);
        var trigger = side == OrderSide.Sell ? 95.00m : 105.00m;
        var id = ClientOrderId.Create(new TradeId(1), OrderLeg.Stop, 0);
        var order = new SimulatedOrder(id, side, type, 0, Quantity: 2m, TriggerPrice: trigger,
            LimitPrice: type == OrderType.StopLimit ? (side == OrderSide.Sell ? 94.00m : 106.00m) : null);
        var submitted = Model.Submit(order, 100m);
        Assert.True(submitted.IsSuccess, submitted.Error?.Message);
        var state = submitted.Value;
        var reachedAt = -1;
        for (var i = 0; i < 400 && reachedAt < 0; i++)
        {
            // Mostly inside 96–104 (never reaching either trigger), rarely a wick through it.
            var wick = random.Next(60) == 0;
            var low = wick && side == OrderSide.Sell ? 94.50m : 96m + (decimal)random.Next(0, 200) / 100m;
            var high = wick && side == OrderSide.Buy ? 105.50m : 102m + (decimal)random.Next(0, 200) / 100m;
            var candle = new Candle(i * 300_000L, (low + high) / 2, high, low, (low + high) / 2, 1000m);
            var step = Model.Process(state, candle, (decimal)random.Next(0, 3));
            if (!wick)
            {
                Assert.Empty(step.Fills);
                Assert.Equal(state with { CandlesSeen = state.CandlesSeen + 1 }, step.State);
            }
            else
            {
                reachedAt = i;
                Assert.True(step.State.Triggered);
                Assert.NotEmpty(step.Fills);
            }
            state = step.State;
        }
        Assert.True(reachedAt > 0, "no candle reached the trigger");
    }
}
