using Qari.Exchanges.Abstractions;
using Qari.Model.Ids;
using Qari.Model.Instruments;
using Qari.Model.Market;
using Qari.Model.Orders;

namespace Qari.Exchanges.Tests.Contract;

/// <summary>
/// The market-data, order and key-report half of the adapter contract (run through <see cref="SpotExchangeContract"/>).
/// Every adapter runs these unchanged against the simulator over real local HTTP.
/// </summary>
public abstract class MarketAndOrderContract(ExchangeId exchange) : ContractTestBase(exchange)
{
    [Fact]
    public async Task GetServerTime_Always_ReturnsTheSimulatorClock()
    {
        var time = Ok(await Trader.GetServerTimeAsync(Ct));
        Assert.InRange(time, ContractSimulator.Start, ContractSimulator.Start.AddMinutes(5));
    }

    [Fact]
    public async Task GetInstruments_Always_ReturnsRulesAndStatus()
    {
        var instruments = Ok(await Trader.GetInstrumentsAsync(Ct));
        var btc = Assert.Single(instruments, i => i.Symbol == Btc);
        Assert.Equal(ExchangeUnderTest, btc.Exchange);
        Assert.Equal(new InstrumentRules(0.01m, 0.00001m, 0.00001m, ExpectedMinNotional), btc.Rules with { MaxQuantity = null });
        Assert.Equal(TradingStatus.Trading, btc.Status);
        Assert.Contains(instruments, i => i.Symbol == new Symbol("ETH", "USDT"));
    }

    [Fact]
    public async Task GetCandles_RangeLongerThanOnePage_ReturnsEveryCandleOldestFirst()
    {
        var history = ContractSimulator.History;
        var candles = Ok(await Trader.GetCandlesAsync(Btc, Timeframe.D1, history[0].OpenTimeMs, history[^1].OpenTimeMs + 1, Ct));
        Assert.True(candles.Count > Trader.Capabilities.MaxCandlesPerRequest);
        Assert.Equal(history.Select(c => c.OpenTimeMs), candles.Select(c => c.OpenTimeMs));
        Assert.Equal(history[1234].Close, candles[1234].Close);
        Assert.Equal(history[^1].Volume, candles[^1].Volume);
    }

    [Fact]
    public async Task GetCandles_HalfOpenRange_ExcludesTheEnd()
    {
        var history = ContractSimulator.History;
        var candles = Ok(await Trader.GetCandlesAsync(Btc, Timeframe.D1, history[10].OpenTimeMs, history[20].OpenTimeMs, Ct));
        Assert.Equal(history.Skip(10).Take(10).Select(c => c.OpenTimeMs), candles.Select(c => c.OpenTimeMs));
    }

    [Fact]
    public async Task GetOrderBook_Always_HasBidsBelowAsksBestFirst()
    {
        var book = Ok(await Trader.GetOrderBookAsync(Btc, 10, Ct));
        Assert.Equal(Btc, book.Symbol);
        Assert.InRange(book.Bids.Count, 1, 10);
        Assert.True(book.BestBid!.Value.Price < book.BestAsk!.Value.Price);
        Assert.True(book.Bids.Zip(book.Bids.Skip(1)).All(p => p.First.Price > p.Second.Price));
        Assert.True(book.Asks.Zip(book.Asks.Skip(1)).All(p => p.First.Price < p.Second.Price));
    }

    [Fact]
    public async Task GetTickers_Always_IncludesLastBidAskAndVolume()
    {
        var btc = Assert.Single(Ok(await Trader.GetTickersAsync(Ct)), t => t.Symbol == Btc);
        Assert.Equal(50_000m, btc.Last);
        Assert.True(btc.Bid < btc.Last && btc.Last < btc.Ask);
        Assert.True(btc.QuoteVolume24h >= 0);
    }

    [Fact]
    public async Task GetTickers_ForOneSymbol_ReturnsOnlyThatSymbol()
    {
        var tickers = Ok(await Trader.GetTickersAsync([Btc], Ct));
        var btc = Assert.Single(tickers);
        Assert.Equal(Btc, btc.Symbol);
        Assert.Equal(50_000m, btc.Last);
        Assert.True(btc.Bid < btc.Last && btc.Last < btc.Ask);
    }

    [Fact]
    public async Task GetBalances_Fresh_ShowsStartingFunds()
    {
        Assert.Equal(100_000m, await FreeAsync("USDT"));
        Assert.Equal(2m, await FreeAsync("BTC"));
    }

    [Fact]
    public async Task PlaceLimit_BelowMarket_RestsLocksQuoteAndIsFoundByClientId()
    {
        var id = NewId();
        var placed = Ok(await Trader.PlaceOrderAsync(OrderRequest.Limit(Btc, OrderSide.Buy, 0.1m, 45_000m, id), Ct));
        Assert.Equal(OrderStatus.New, placed.Status);
        Assert.Equal(id, placed.ClientOrderId);
        Assert.Equal(4_500m, await LockedAsync("USDT"));
        var byClient = Ok(await Trader.GetOrderAsync(Btc, OrderRef.ByClientId(id), Ct));
        Assert.Equal(placed.ExchangeOrderId, byClient.ExchangeOrderId);
        Assert.Equal(45_000m, byClient.Price);
        Assert.Equal(0.1m, byClient.Quantity);
        var byExchange = Ok(await Trader.GetOrderAsync(Btc, OrderRef.ByExchangeId(placed.ExchangeOrderId), Ct));
        Assert.Equal(id, byExchange.ClientOrderId);
        Assert.Contains(Ok(await Trader.GetOpenOrdersAsync(Btc, Ct)), o => o.ClientOrderId == id);
        Assert.Contains(Ok(await Trader.GetOpenOrdersAsync(null, Ct)), o => o.ClientOrderId == id);
    }

    [Fact]
    public async Task PlaceLimit_PriceReachesIt_FillsWithFeeAndReportsTheFill()
    {
        var id = NewId();
        var placed = Ok(await Trader.PlaceOrderAsync(OrderRequest.Limit(Btc, OrderSide.Buy, 0.1m, 49_000m, id), Ct));
        await Sim.Control.PushPriceAsync("BTC/USDT", 48_900m);
        var filled = Ok(await Trader.GetOrderAsync(Btc, OrderRef.ByClientId(id), Ct));
        Assert.Equal(OrderStatus.Filled, filled.Status);
        Assert.Equal(0.1m, filled.FilledQuantity);
        Assert.Equal(49_000m, filled.AverageFillPrice);
        var fill = Assert.Single(Ok(await Trader.GetFillsAsync(Btc, 0, Ct)));
        Assert.Equal(placed.ExchangeOrderId, fill.ExchangeOrderId);
        Assert.Equal(OrderSide.Buy, fill.Side);
        Assert.Equal(0.1m, fill.Quantity);
        Assert.True(fill.Fee > 0);
        Assert.Equal(100_000m - 4_900m, await FreeAsync("USDT"));
        Assert.Empty(Ok(await Trader.GetOpenOrdersAsync(Btc, Ct)));
    }

    [Fact]
    public async Task PlaceLimit_LittleVolumeAtThePrice_FillsPartiallyThenFully()
    {
        var id = NewId();
        Ok(await Trader.PlaceOrderAsync(OrderRequest.Limit(Btc, OrderSide.Buy, 0.5m, 49_000m, id), Ct));
        await Sim.Control.PushPriceAsync("BTC/USDT", 49_000m, volume: 0.2m);
        var partial = Ok(await Trader.GetOrderAsync(Btc, OrderRef.ByClientId(id), Ct));
        Assert.Equal(OrderStatus.PartiallyFilled, partial.Status);
        Assert.Equal(0.2m, partial.FilledQuantity);
        await Sim.Control.PushPriceAsync("BTC/USDT", 48_990m, volume: 10m);
        var done = Ok(await Trader.GetOrderAsync(Btc, OrderRef.ByClientId(id), Ct));
        Assert.Equal(OrderStatus.Filled, done.Status);
        Assert.Equal(2, Ok(await Trader.GetFillsAsync(Btc, 0, Ct)).Count);
    }

    [Fact]
    public async Task PlaceMarketBuyByQuote_Always_SpendsAboutTheQuoteAmount()
    {
        var placed = Ok(await Trader.PlaceOrderAsync(OrderRequest.MarketBuyQuote(Btc, 1_000m, NewId()), Ct));
        var order = Ok(await Trader.GetOrderAsync(Btc, OrderRef.ByExchangeId(placed.ExchangeOrderId), Ct));
        Assert.Equal(OrderStatus.Filled, order.Status);
        Assert.InRange(order.FilledQuote, 990m, 1_000m);
        Assert.True(order.FilledQuantity > 0.019m);
        Assert.InRange(await FreeAsync("USDT"), 99_000m, 99_010m);
    }

    [Fact]
    public async Task PlaceMarketSell_ThinBook_FillsPartiallyAndExpiresTheRest()
    {
        await Sim.Control.SetLiquidityAsync("BTC/USDT", 0.01m);
        var placed = Ok(await Trader.PlaceOrderAsync(OrderRequest.Market(Btc, OrderSide.Sell, 1m, NewId()), Ct));
        var order = Ok(await Trader.GetOrderAsync(Btc, OrderRef.ByExchangeId(placed.ExchangeOrderId), Ct));
        // Binance expires a market remainder; some exchanges report it cancelled (e.g. Bybit PartiallyFilledCanceled).
        Assert.Contains(order.Status, new[] { OrderStatus.Expired, OrderStatus.Canceled });
        Assert.InRange(order.FilledQuantity, 0.01m, 0.99m);
        Assert.Equal(2m - order.FilledQuantity, await FreeAsync("BTC"));
    }

    [Fact]
    public async Task PlaceStopMarketSell_PriceFallsToTrigger_Executes()
    {
        var id = NewId(OrderLeg.Stop);
        var placed = Ok(await Trader.PlaceOrderAsync(OrderRequest.StopMarket(Btc, OrderSide.Sell, 0.5m, 45_000m, id), Ct));
        Assert.Equal(OrderStatus.New, placed.Status);
        Assert.Equal(0.5m, await LockedAsync("BTC"));
        var open = Assert.Single(Ok(await Trader.GetOpenOrdersAsync(Btc, Ct)));
        Assert.Equal(45_000m, open.StopPrice);
        await Sim.Control.PushPriceAsync("BTC/USDT", 44_990m);
        var done = Ok(await Trader.GetOrderAsync(Btc, OrderRef.ByClientId(id), Ct));
        Assert.Equal(OrderStatus.Filled, done.Status);
        Assert.Equal(1.5m, await FreeAsync("BTC"));
    }

    [Fact]
    public async Task PlaceStopLimitSell_Cancelled_ReleasesTheLockedCoins()
    {
        var id = NewId(OrderLeg.Stop);
        var placed = Ok(await Trader.PlaceOrderAsync(OrderRequest.StopLimit(Btc, OrderSide.Sell, 0.3m, 45_000m, 44_900m, id), Ct));
        Assert.Equal(OrderType.StopLimit, Ok(await Trader.GetOrderAsync(Btc, OrderRef.ByClientId(id), Ct)).Type);
        Assert.Equal(0.3m, await LockedAsync("BTC"));
        var cancelled = Ok(await Trader.CancelOrderAsync(Btc, OrderRef.ByExchangeId(placed.ExchangeOrderId), Ct));
        Assert.Equal(OrderStatus.Canceled, cancelled.Status);
        Assert.Equal(0m, await LockedAsync("BTC"));
        Assert.Equal(2m, await FreeAsync("BTC"));
        Assert.Empty(Ok(await Trader.GetOpenOrdersAsync(Btc, Ct)));
    }

    [Fact]
    public async Task CancelByClientId_OpenLimit_Cancels()
    {
        var id = NewId();
        Ok(await Trader.PlaceOrderAsync(OrderRequest.Limit(Btc, OrderSide.Sell, 0.1m, 60_000m, id), Ct));
        Assert.Equal(OrderStatus.Canceled, Ok(await Trader.CancelOrderAsync(Btc, OrderRef.ByClientId(id), Ct)).Status);
        Assert.Equal(OrderStatus.Canceled, Ok(await Trader.GetOrderAsync(Btc, OrderRef.ByClientId(id), Ct)).Status);
    }

    [Fact]
    public async Task GetKeyReport_TradingKey_ReportsReadTradeAndIpRestriction()
    {
        var report = Ok(await Trader.GetKeyReportAsync(Ct));
        Assert.Equal(Permission.Granted, report.Read);
        Assert.Equal(Permission.Granted, report.SpotTrade);
        Assert.Equal(Permission.Denied, report.Withdraw);
        Assert.Equal(ExpectedIpRestriction(Permission.Granted), report.IpRestricted);
        Assert.Empty(report.DangerousPermissions());
    }

    [Fact]
    public async Task GetKeyReport_WithdrawKey_IsReportedDangerous()
    {
        var report = Ok(await Sim.Connect(ContractSeed.Withdrawer).GetKeyReportAsync(Ct));
        Assert.Equal(Permission.Granted, report.Withdraw);
        Assert.Contains("withdraw", report.DangerousPermissions());
        Assert.Equal(ExpectedIpRestriction(Permission.Denied), report.IpRestricted);
    }

    [Fact]
    public async Task GetKeyReport_UnrestrictedKey_ReportsNoIpRestriction()
    {
        var report = Ok(await Sim.Connect(ContractSeed.Unrestricted).GetKeyReportAsync(Ct));
        Assert.Equal(ExpectedIpRestriction(Permission.Denied), report.IpRestricted);
        Assert.Equal(Permission.Granted, report.SpotTrade);
    }
}
