using Qari.Backtest.Fills;
using Qari.Model.Ids;
using Qari.Model.Instruments;
using Qari.Model.Market;
using Qari.Model.Orders;
using Qari.Model.Results;

namespace Qari.Backtest.Tests.Fills;

public class FillModelTests
{
    // BTCUSDT-like rules: tick 0.01, lot 0.00001, min notional 5 USDT.
    private static readonly InstrumentRules Rules = new(0.01m, 0.00001m, 0.00001m, 5m);
    private static readonly ClientOrderId Id = ClientOrderId.Create(new TradeId(1), OrderLeg.Entry1, 0);
    private static readonly FillModel Binance = new(Rules, DefaultExchangeFees.For(ExchangeId.Binance));

    private static Candle C(long t, decimal o, decimal h, decimal l, decimal c, decimal v = 1000m) => new(t, o, h, l, c, v);

    private static OrderFillState Submit(FillModel model, SimulatedOrder order, decimal reference = 100m)
    {
        var result = model.Submit(order, reference);
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value;
    }

    [Fact]
    public void Process_LimitBuyTouchedButNotTradedThrough_StaysUnfilled()
    {
        var state = Submit(Binance, new SimulatedOrder(Id, OrderSide.Buy, OrderType.Limit, 0, Quantity: 1.5m, LimitPrice: 100.00m));

        var touched = Binance.Process(state, C(0, 101m, 102m, 100.00m, 101m));

        Assert.Empty(touched.Fills);
        Assert.Equal(OrderStatus.New, touched.State.Status);

        var through = Binance.Process(touched.State, C(300_000, 101m, 101m, 99.99m, 100.5m));

        var fill = Assert.Single(through.Fills);
        Assert.Equal(100.00m, fill.Price);
        Assert.Equal(1.5m, fill.Quantity);
        Assert.True(fill.IsMaker);
        Assert.Equal(0.0015m, fill.Fee); // 0.1% maker, taken from the BTC received
        Assert.Equal(FeeAsset.Base, fill.FeeAsset);
        Assert.Equal(OrderStatus.Filled, through.State.Status);
    }

    [Fact]
    public void Process_LimitSellTouchedButNotTradedThrough_StaysUnfilled()
    {
        var state = Submit(Binance, new SimulatedOrder(Id, OrderSide.Sell, OrderType.Limit, 0, Quantity: 1m, LimitPrice: 110.00m));

        var step = Binance.Process(state, C(0, 105m, 110.00m, 104m, 109m));

        Assert.Empty(step.Fills);
    }

    [Fact]
    public void Process_SellStopGappedThrough_FillsAtTheOpenNotTheStop()
    {
        var state = Submit(Binance, new SimulatedOrder(Id, OrderSide.Sell, OrderType.StopMarket, 0, Quantity: 2m, TriggerPrice: 95.00m));

        var step = Binance.Process(state, C(0, 90.00m, 91m, 89m, 90.5m));

        var fill = Assert.Single(step.Fills);
        // open 90 less half the spread (1 bp) and slippage (5 bp): 90 × 0.9994 = 89.946 → floor to tick 89.94
        Assert.Equal(89.94m, fill.Price);
        Assert.False(fill.IsMaker);
        Assert.Equal(0.17988m, fill.Fee); // 89.94 × 2 × 0.1%, in USDT
        Assert.Equal(FeeAsset.Quote, fill.FeeAsset);
    }

    [Fact]
    public void Process_SellStopWithoutGap_FillsAtTheTriggerOrWorse()
    {
        var state = Submit(Binance, new SimulatedOrder(Id, OrderSide.Sell, OrderType.StopMarket, 0, Quantity: 2m, TriggerPrice: 95.00m));

        var above = Binance.Process(state, C(0, 97m, 98m, 95.01m, 96m));
        var hit = Binance.Process(above.State, C(300_000, 96m, 96.5m, 94m, 94.5m));

        Assert.Empty(above.Fills);
        Assert.Equal(94.94m, Assert.Single(hit.Fills).Price); // 95 × 0.9994 = 94.943 → 94.94 ≤ trigger
    }

    [Fact]
    public void Process_MarketBuyByQuoteAmount_SpendsAtMostTheAmountOnWholeLots()
    {
        var state = Submit(Binance, new SimulatedOrder(Id, OrderSide.Buy, OrderType.Market, 0, QuoteAmount: 1000m));

        var step = Binance.Process(state, C(0, 100.00m, 101m, 99m, 100m));

        var fill = Assert.Single(step.Fills);
        Assert.Equal(100.06m, fill.Price);                 // 100 × 1.0006, ceil to tick
        Assert.Equal(9.99400m, fill.Quantity);             // floor_lot(1000 / 100.06)
        Assert.Equal(999.99964m, fill.Notional);
        Assert.Equal(0.009994m, fill.Fee);
        Assert.Equal(OrderStatus.Filled, step.State.Status);
        Assert.Equal(0.00036m, step.State.RemainingQuote); // dust below one lot stays unspent
    }

    [Fact]
    public void Process_RoundTripOnKucoin_CashReconcilesToTheCent()
    {
        var kucoin = new FillModel(Rules, DefaultExchangeFees.For(ExchangeId.Kucoin));
        var cash = 10_000m;
        var coins = 0m;

        var buy = kucoin.Process(Submit(kucoin, new SimulatedOrder(Id, OrderSide.Buy, OrderType.Market, 0, Quantity: 0.12345m), 30_000m),
            C(0, 30_000.00m, 30_100m, 29_900m, 30_050m));
        var sell = kucoin.Process(Submit(kucoin, new SimulatedOrder(Id, OrderSide.Sell, OrderType.Limit, 300_000, Quantity: 0.12345m, LimitPrice: 31_000.00m)),
            C(300_000, 30_500m, 31_000.01m, 30_400m, 30_900m));
        foreach (var f in buy.Fills.Concat(sell.Fills))
        {
            var sign = f == buy.Fills[0] ? -1m : 1m;
            cash += sign * f.Notional - f.Fee;
            coins -= sign * f.Quantity;
        }

        Assert.Equal(30_018.00m, buy.Fills[0].Price);
        Assert.Equal(3.7057221m, buy.Fills[0].Fee);       // 0.12345 × 30018 × 0.1% = 3705.7221 × 0.001
        Assert.Equal(3.82695m, sell.Fills[0].Fee);        // 3826.95 × 0.1% (maker)
        Assert.Equal(0m, coins);
        Assert.Equal(10_113.6952279m, cash);
        Assert.Equal(113.70m, Math.Round(cash - 10_000m, 2));
    }

    [Fact]
    public void Process_FeeWithMoreThanEightPlaces_RoundedUpNeverDown()
    {
        var coinbase = new FillModel(new InstrumentRules(0.000001m, 0.01m, 0.01m, 1m), DefaultExchangeFees.For(ExchangeId.Coinbase));
        var state = Submit(coinbase, new SimulatedOrder(Id, OrderSide.Sell, OrderType.Limit, 0, Quantity: 10m, LimitPrice: 1.234567m));

        var fill = Assert.Single(coinbase.Process(state, C(0, 1.2m, 1.3m, 1.1m, 1.25m)).Fills);

        // notional 12.34567 × 0.40% maker = 0.04938268 exactly
        Assert.Equal(12.34567m, fill.Notional);
        Assert.Equal(0.04938268m, fill.Fee);
        var odd = new FillModel(Rules, new ExchangeFees(ExchangeId.Coinbase, 0.0033333m, 0.0033333m, FeeAsset.Quote));
        var f2 = Assert.Single(odd.Process(Submit(odd, new SimulatedOrder(Id, OrderSide.Sell, OrderType.Limit, 0, Quantity: 0.12345m, LimitPrice: 100.01m)),
            C(0, 99m, 101m, 98m, 100m)).Fills);
        Assert.Equal(0.04115371m, f2.Fee); // 12.3462345 × 0.0033333 = 0.04115370346 → up (not to nearest: …70) at the 8th place
    }

    [Fact]
    public void Process_LargeOrder_SplitAcrossCandlesAtTenPercentOfVolume()
    {
        var state = Submit(Binance, new SimulatedOrder(Id, OrderSide.Sell, OrderType.Limit, 0, Quantity: 25m, LimitPrice: 100.00m));
        var quantities = new List<decimal>();
        var statuses = new List<OrderStatus>();
        for (var i = 0; i < 4; i++)
        {
            var step = Binance.Process(state, C(i * 300_000L, 99m, 101m, 98m, 100m, 100m));
            quantities.AddRange(step.Fills.Select(f => f.Quantity));
            statuses.Add(step.State.Status);
            state = step.State;
        }

        Assert.Equal([10m, 10m, 5m], quantities);
        Assert.Equal([OrderStatus.PartiallyFilled, OrderStatus.PartiallyFilled, OrderStatus.Filled, OrderStatus.Filled], statuses);
    }

    [Theory]
    [InlineData("0", "10")]
    [InlineData("7", "3")]
    [InlineData("9.99999", "0.00001")]
    public void Process_VolumeAlreadyTakenOnTheCandle_GetsOnlyWhatIsLeft(string taken, string expected)
    {
        var state = Submit(Binance, new SimulatedOrder(Id, OrderSide.Sell, OrderType.Limit, 0, Quantity: 25m, LimitPrice: 100.00m));
        var step = Binance.Process(state, C(0, 99m, 101m, 98m, 100m, 100m), decimal.Parse(taken, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Assert.Single(step.Fills).Quantity);
        Assert.Equal(OrderStatus.PartiallyFilled, step.State.Status);
    }

    [Fact]
    public void Process_VolumeShareUsedUp_NoFillAndTheOrderWaits()
    {
        var state = Submit(Binance, new SimulatedOrder(Id, OrderSide.Buy, OrderType.Market, 0, Quantity: 1m));
        var step = Binance.Process(state, C(0, 100m, 101m, 99m, 100m, 100m), alreadyTaken: 10m);
        Assert.Empty(step.Fills);
        Assert.False(step.State.Status.IsFinal());
        var next = Binance.Process(step.State, C(300_000, 100m, 101m, 99m, 100m, 100m));
        Assert.Equal(1m, Assert.Single(next.Fills).Quantity);
    }

    [Fact]
    public void Process_RandomCandlesAndOrders_NoFillExceedsTheVolumeShareOrTheOrder()
    {
        var random = new Random(7);
        var types = new[] { OrderType.Market, OrderType.Limit, OrderType.StopMarket, OrderType.StopLimit };
        for (var run = 0; run < 300; run++)
        {
            var side = random.Next(2) == 0 ? OrderSide.Buy : OrderSide.Sell;
            var type = types[random.Next(types.Length)];
            var quantity = random.Next(1, 5_000_000) / 100_000m;
            var price = 100m + random.Next(-500, 500) / 100m;
            var order = new SimulatedOrder(Id, side, type, 0, Quantity: quantity,
                LimitPrice: type is OrderType.Limit or OrderType.StopLimit ? price : null,
                TriggerPrice: type is OrderType.StopMarket or OrderType.StopLimit ? price : null);
            var submitted = Binance.Submit(order, 100m);
            if (!submitted.IsSuccess) continue;
            var state = submitted.Value;
            for (var i = 0; i < 20; i++)
            {
                var open = 100m + random.Next(-800, 800) / 100m;
                var close = 100m + random.Next(-800, 800) / 100m;
                var candle = C(i * 300_000L, open, Math.Max(open, close) + random.Next(0, 300) / 100m,
                    Math.Min(open, close) - random.Next(0, 300) / 100m, close, random.Next(0, 40_000) / 1000m);
                var step = Binance.Process(state, candle);
                foreach (var f in step.Fills) Assert.True(f.Quantity <= candle.Volume * 0.10m, $"{f.Quantity} > 10% of {candle.Volume}");
                state = step.State;
                Assert.True(state.FilledQuantity <= quantity);
            }
        }
    }

    [Theory]
    [InlineData("0.000001", "100", ErrorKind.InvalidPrecision)]
    [InlineData("0.00001", "100", ErrorKind.BelowMinimum)]
    [InlineData("1", "100.005", ErrorKind.InvalidPrecision)]
    public void Submit_BreaksInstrumentRules_RejectedLikeTheExchange(string quantity, string limit, ErrorKind kind)
    {
        var order = new SimulatedOrder(Id, OrderSide.Buy, OrderType.Limit, 0,
            Quantity: decimal.Parse(quantity, System.Globalization.CultureInfo.InvariantCulture),
            LimitPrice: decimal.Parse(limit, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(kind, Binance.Submit(order, 100m).Error!.Kind);
    }

    [Fact]
    public void Submit_QuoteAmountBelowMinNotional_Rejected() =>
        Assert.Equal(ErrorKind.BelowMinimum, Binance.Submit(new SimulatedOrder(Id, OrderSide.Buy, OrderType.Market, 0, QuoteAmount: 4.99m), 100m).Error!.Kind);

    [Fact]
    public void Submit_MarketSellByQuoteAmount_Rejected() =>
        Assert.Equal(ErrorKind.Rejected, Binance.Submit(new SimulatedOrder(Id, OrderSide.Sell, OrderType.Market, 0, QuoteAmount: 50m), 100m).Error!.Kind);

    [Fact]
    public void Process_CandleBeforeSubmission_Ignored()
    {
        var state = Submit(Binance, new SimulatedOrder(Id, OrderSide.Buy, OrderType.Market, 300_000, Quantity: 1m));

        var early = Binance.Process(state, C(0, 100m, 101m, 99m, 100m));
        var next = Binance.Process(early.State, C(300_000, 102m, 103m, 101m, 102m));

        Assert.Empty(early.Fills);
        Assert.Equal(102.07m, Assert.Single(next.Fills).Price); // 102 × 1.0006 = 102.0612 → ceil 102.07
    }

    [Fact]
    public void Process_StopLimitGappedBeyondItsLimit_RestsAndFillsOnlyWhenTradedThrough()
    {
        var state = Submit(Binance, new SimulatedOrder(Id, OrderSide.Sell, OrderType.StopLimit, 0, Quantity: 1m, LimitPrice: 94.00m, TriggerPrice: 95.00m));

        var gap = Binance.Process(state, C(0, 90m, 93m, 89m, 92m));
        var touch = Binance.Process(gap.State, C(300_000, 92m, 94.00m, 91m, 93m));
        var through = Binance.Process(touch.State, C(600_000, 93m, 94.50m, 92m, 94m));

        Assert.Empty(gap.Fills);
        Assert.True(gap.State.Triggered);
        Assert.Empty(touch.Fills);
        var fill = Assert.Single(through.Fills);
        Assert.Equal(94.00m, fill.Price);
        Assert.True(fill.IsMaker);
    }

    [Fact]
    public void Process_PostOnlyThatWouldTake_Rejected()
    {
        var state = Submit(Binance, new SimulatedOrder(Id, OrderSide.Buy, OrderType.Limit, 0, Quantity: 1m, LimitPrice: 105m, TimeInForce: TimeInForce.PostOnly));

        var step = Binance.Process(state, C(0, 100m, 101m, 99m, 100m));

        Assert.Empty(step.Fills);
        Assert.Equal(OrderStatus.Rejected, step.State.Status);
    }

    [Fact]
    public void Process_MarketableLimit_TakesAtTheOpenAsTaker()
    {
        var state = Submit(Binance, new SimulatedOrder(Id, OrderSide.Buy, OrderType.Limit, 0, Quantity: 1m, LimitPrice: 105m));

        var fill = Assert.Single(Binance.Process(state, C(0, 100m, 101m, 99m, 100m)).Fills);

        Assert.Equal(100.01m, fill.Price); // open plus half the spread, no slippage beyond: 100.01 ≤ 105
        Assert.False(fill.IsMaker);
    }

    [Fact]
    public void Process_ZeroVolumeCandle_MarketOrderWaitsForTheNext()
    {
        var state = Submit(Binance, new SimulatedOrder(Id, OrderSide.Sell, OrderType.Market, 0, Quantity: 1m));

        var halted = Binance.Process(state, C(0, 100m, 100m, 100m, 100m, 0m));
        var next = Binance.Process(halted.State, C(300_000, 101m, 102m, 100m, 101m));

        Assert.Empty(halted.Fills);
        Assert.Equal(100.93m, Assert.Single(next.Fills).Price); // 101 × 0.9994 = 100.9394 → floor 100.93
    }

    [Fact]
    public void Cancel_AfterPartialFill_KeepsTheFillAndStopsFurtherFills()
    {
        var state = Submit(Binance, new SimulatedOrder(Id, OrderSide.Sell, OrderType.Limit, 0, Quantity: 25m, LimitPrice: 100.00m));
        var partial = Binance.Process(state, C(0, 99m, 101m, 98m, 100m, 100m)).State;

        var canceled = FillModel.Cancel(partial);
        var after = Binance.Process(canceled, C(300_000, 99m, 101m, 98m, 100m, 100m));

        Assert.Equal(OrderStatus.Canceled, canceled.Status);
        Assert.Equal(10m, canceled.FilledQuantity);
        Assert.Empty(after.Fills);
        Assert.Equal(OrderStatus.Filled, FillModel.Cancel(partial with { Status = OrderStatus.Filled }).Status);
    }

    [Fact]
    public void Process_BuyStopGappedUp_FillsAtTheOpenPlusCosts()
    {
        var state = Submit(Binance, new SimulatedOrder(Id, OrderSide.Buy, OrderType.StopMarket, 0, Quantity: 1m, TriggerPrice: 105.00m));

        var fill = Assert.Single(Binance.Process(state, C(0, 110.00m, 111m, 109m, 110.5m)).Fills);

        Assert.Equal(110.07m, fill.Price); // 110 × 1.0006 = 110.066 → ceil 110.07, not 105
        Assert.Equal(0.001m, fill.Fee);    // in BTC on Binance
    }
}
