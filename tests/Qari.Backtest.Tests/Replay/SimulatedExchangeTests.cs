using Qari.Backtest.Fills;
using Qari.Backtest.Replay;
using Qari.Model.Ids;
using Qari.Model.Instruments;
using Qari.Model.Market;
using Qari.Model.Orders;
using Qari.Model.Results;
using Qari.Trading.Commands;
using Qari.Trading.Events;
using Qari.Trading.Execution;

namespace Qari.Backtest.Tests.Replay;

public class SimulatedExchangeTests
{
    private static readonly Symbol Btc = new("BTC", "USDT");
    private static readonly DateTimeOffset T0 = DateTimeOffset.FromUnixTimeMilliseconds(1_000_000_200_000);

    private static (SimulatedExchange, SimulatedAccount) Venue(decimal quote)
    {
        var account = new SimulatedAccount("USDT", quote);
        var rules = new InstrumentRules(0.01m, 0.00001m, 0.00001m, 5m);
        var models = new Dictionary<Symbol, FillModel> { [Btc] = new(rules, DefaultExchangeFees.For(ExchangeId.Binance)) };
        return (new SimulatedExchange(models, account), account);
    }

    private static PlaceOrder Order(int seq, OrderLeg leg, OrderSide side, OrderType type, decimal qty, decimal? limit = null, decimal? stop = null) =>
        new(new OrderSpec(ClientOrderId.Create(new TradeId(1), leg, seq), new TradeId(1), leg, Btc, side, type, qty, limit, stop));

    [Fact]
    public void Execute_BuyBeyondFreeQuote_RejectedInsufficientBalance()
    {
        var (venue, account) = Venue(1_000m);
        var first = venue.Execute(Order(1, OrderLeg.Entry1, OrderSide.Buy, OrderType.Limit, 0.01m, limit: 90_000m), T0, 91_000m);
        Assert.IsType<OrderAccepted>(first);
        Assert.Equal(900m, account.LockedQuote);
        var second = venue.Execute(Order(2, OrderLeg.Entry2, OrderSide.Buy, OrderType.Limit, 0.01m, limit: 90_000m), T0, 91_000m);
        Assert.Equal(ErrorKind.InsufficientBalance, Assert.IsType<OrderRejected>(second).Kind);
        Assert.IsType<OrderCanceled>(venue.Execute(new CancelOrder(Order(1, OrderLeg.Entry1, OrderSide.Buy, OrderType.Limit, 0.01m).Spec.Id, Btc), T0, 91_000m));
        Assert.Equal(0m, account.LockedQuote);
    }

    [Fact]
    public void Process_LimitTradedThrough_FillBookedWithBaseFee()
    {
        var (venue, account) = Venue(1_000m);
        venue.Execute(Order(1, OrderLeg.Entry1, OrderSide.Buy, OrderType.Limit, 0.01m, limit: 90_000m), T0, 91_000m);
        var events = new List<EngineEvent>();
        // The decision candle's own range never fills the order: only candles opening at or after T0 count.
        venue.Process(Btc, new Candle(T0.ToUnixTimeMilliseconds() - 300_000, 91_000m, 91_000m, 80_000m, 90_500m, 100m), T0, events);
        Assert.Empty(events);
        venue.Process(Btc, new Candle(T0.ToUnixTimeMilliseconds(), 90_500m, 90_600m, 89_900m, 90_100m, 100m), T0.AddMinutes(5), events);
        var fill = Assert.IsType<OrderFilled>(Assert.Single(events));
        Assert.Equal(90_000m, fill.Price);
        Assert.Equal(0.00001m, fill.FeeBase);
        Assert.Equal(100m, account.Quote);
        Assert.Equal(0.00999m, account.BaseOf(Btc));
        Assert.Equal(0m, account.LockedQuote);
    }

    [Fact]
    public void Process_StopAndTargetSellSameCandle_StopFirstAndSellLacksCoins()
    {
        var (venue, account) = Venue(1_000m);
        venue.Execute(Order(1, OrderLeg.Entry1, OrderSide.Buy, OrderType.Limit, 0.01m, limit: 90_000m), T0, 91_000m);
        var events = new List<EngineEvent>();
        venue.Process(Btc, new Candle(T0.ToUnixTimeMilliseconds(), 90_500m, 90_600m, 89_900m, 90_100m, 100m), T0.AddMinutes(5), events);
        Assert.IsType<OrderAccepted>(venue.Execute(Order(2, OrderLeg.Stop, OrderSide.Sell, OrderType.StopMarket, 0.00999m, stop: 81_000m), T0.AddMinutes(5), 90_100m));
        // The coins are locked by the stop: a second sell is refused, as on a spot exchange.
        var sell = venue.Execute(Order(3, OrderLeg.TakeProfit1, OrderSide.Sell, OrderType.Market, 0.005m), T0.AddMinutes(5), 90_100m);
        Assert.Equal(ErrorKind.InsufficientBalance, Assert.IsType<OrderRejected>(sell).Kind);
        events.Clear();
        venue.Process(Btc, new Candle(T0.ToUnixTimeMilliseconds() + 300_000, 90_100m, 95_000m, 80_000m, 85_000m, 100m), T0.AddMinutes(10), events);
        var stop = Assert.IsType<OrderFilled>(Assert.Single(events));
        Assert.True(stop.Price <= 81_000m);
        Assert.Equal(0m, account.BaseOf(Btc));
    }

    [Fact]
    public void Process_TwoOrdersOneCandle_TogetherWithinTheVolumeShareRestCarriedOver()
    {
        var (venue, _) = Venue(2_000_000m);
        Assert.IsType<OrderAccepted>(venue.Execute(Order(1, OrderLeg.Entry1, OrderSide.Buy, OrderType.Limit, 8m, limit: 90_000m), T0, 91_000m));
        Assert.IsType<OrderAccepted>(venue.Execute(Order(2, OrderLeg.Entry2, OrderSide.Buy, OrderType.Limit, 8m, limit: 90_000m), T0, 91_000m));
        var events = new List<EngineEvent>();
        // Traded through, volume 100: 10% is 10 for both orders together, not 10 each.
        venue.Process(Btc, new Candle(T0.ToUnixTimeMilliseconds(), 90_500m, 90_600m, 89_900m, 90_100m, 100m), T0.AddMinutes(5), events);
        var first = events.OfType<OrderFilled>().ToList();
        Assert.Equal(10m, first.Sum(f => f.Quantity));
        Assert.Equal([8m, 2m], first.Select(f => f.Quantity));
        events.Clear();
        venue.Process(Btc, new Candle(T0.ToUnixTimeMilliseconds() + 300_000, 90_100m, 90_200m, 89_800m, 90_000m, 100m), T0.AddMinutes(10), events);
        var rest = Assert.IsType<OrderFilled>(Assert.Single(events));
        Assert.Equal(Order(2, OrderLeg.Entry2, OrderSide.Buy, OrderType.Limit, 8m).Spec.Id, rest.Order);
        Assert.Equal(6m, rest.Quantity);
    }

    [Fact]
    public void Process_ManyOrdersRandomCandles_FillsPerCandleNeverExceedTheShare()
    {
        var random = new Random(11);
        var (venue, _) = Venue(100_000_000m);
        for (var seq = 1; seq <= 6; seq++)
            Assert.IsType<OrderAccepted>(venue.Execute(Order(seq, OrderLeg.Entry1, OrderSide.Buy, seq % 2 == 0 ? OrderType.Market : OrderType.Limit,
                random.Next(1, 2_000) / 100m, limit: seq % 2 == 0 ? null : 90_000m), T0, 90_000m));
        var events = new List<EngineEvent>();
        for (var i = 0; i < 40; i++)
        {
            events.Clear();
            var volume = random.Next(0, 5_000) / 100m;
            venue.Process(Btc, new Candle(T0.ToUnixTimeMilliseconds() + (i * 300_000L), 90_000m, 90_100m, 89_000m, 89_500m, volume), T0.AddMinutes(5 * (i + 1)), events);
            var taken = events.OfType<OrderFilled>().Sum(f => f.Quantity);
            Assert.True(taken <= volume * 0.10m, $"candle {i}: {taken} filled > 10% of {volume}");
        }
        Assert.Equal(0, venue.LiveOrderCount);
    }
}
