using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Okx;
using Qari.Model.Ids;
using Qari.Model.Instruments;
using Qari.Model.Orders;
using Qari.Model.Results;

namespace Qari.Exchanges.Tests.Okx;

public class OkxParserTests
{
    private static readonly Symbol BtcUsdt = Symbol.Parse("BTC/USDT");

    [Fact]
    public void ParseServerTime_DocExample_ReadsMs() =>
        Assert.Equal(1597026383085, OkxParser.ParseServerTime(OkxDocExamples.Time).Value.ToUnixTimeMilliseconds());

    [Fact]
    public void ParseInstruments_DocExample_ReadsTickLotMin()
    {
        var i = Assert.Single(OkxParser.ParseInstruments(OkxDocExamples.Instruments).Value);
        Assert.Equal((BtcUsdt, "BTC-USDT", TradingStatus.Trading), (i.Symbol, i.ExchangeSymbol, i.Status));
        Assert.Equal(new InstrumentRules(0.1m, 0.00000001m, 0.00001m, 0m, 9999999999m), i.Rules);
    }

    [Fact]
    public void ParseCandles_DocExampleNewestFirst_ReturnsOldestFirstWithQuoteVolume()
    {
        var c = OkxParser.ParseCandles(OkxDocExamples.Candles).Value;
        Assert.Equal([1597026383084, 1597026383085], c.Select(x => x.OpenTimeMs));
        Assert.Equal((3.731m, 3.799m, 3.494m, 3.72m, 24912403m, 67632347.24399722m), (c[0].Open, c[0].High, c[0].Low, c[0].Close, c[0].Volume, c[0].QuoteVolume!.Value));
    }

    [Fact]
    public void ParseOrderBook_DocExample_ReadsFourFieldLevels()
    {
        var b = OkxParser.ParseOrderBook(OkxDocExamples.Books, BtcUsdt).Value;
        Assert.Equal((41006.3m, 41006.8m, 1629966436396), (b.BestBid!.Value.Price, b.BestAsk!.Value.Price, b.TimeMs));
    }

    [Fact]
    public void ParseTickers_DocExample_ReadsBidAskVolumes()
    {
        var t = Assert.Single(OkxParser.ParseTickers(OkxDocExamples.Tickers).Value);
        Assert.Equal((8888.88m, 9999.99m, 9999.99m, 2222m, 2222m), (t.Bid, t.Ask, t.Last, t.BaseVolume24h, t.QuoteVolume24h));
    }

    [Fact]
    public void ParseOrderAck_DocExample_ReturnsOrdId() =>
        Assert.Equal("312269865356374016", OkxTradeParser.ParseOrderAck(OkxDocExamples.PlaceOrder, "trade/order").Value.Value);

    [Fact]
    public void ParseOrderAck_ItemFailed_UsesSCode()
    {
        var e = OkxTradeParser.ParseOrderAck(OkxDocExamples.PlaceOrderFailed, "trade/order").Error!;
        Assert.Equal((ErrorKind.InsufficientBalance, "51008"), (e.Kind, e.Code));
    }

    [Fact]
    public void ParseOrders_DocExampleMarketBuyByQuote_HasNoBaseQuantity()
    {
        var o = Assert.Single(OkxTradeParser.ParseOrders(OkxDocExamples.GetOrder).Value);
        Assert.Equal((OrderType.Market, OrderStatus.Filled, OrderSide.Buy), (o.Type, o.Status, o.Side));
        Assert.Null(o.Quantity);
        Assert.Equal((0.00192834m, 51858m), (o.FilledQuantity, o.AverageFillPrice!.Value));
        Assert.Null(o.ClientOrderId);
    }

    [Fact]
    public void ParseOrders_ChildOfATriggeredStop_IsReportedUnderTheStopsIds()
    {
        var json = OkxDocExamples.GetOrder.Replace("\"algoClOrdId\":\"\",\"algoId\":\"\"", "\"algoClOrdId\":\"q7S0\",\"algoId\":\"555\"", StringComparison.Ordinal)
            .Replace("\"side\":\"buy\"", "\"side\":\"sell\"", StringComparison.Ordinal).Replace("\"tgtCcy\":\"quote_ccy\"", "\"tgtCcy\":\"base_ccy\"", StringComparison.Ordinal);
        var o = Assert.Single(OkxTradeParser.ParseOrders(json).Value);
        Assert.Equal(("555", "q7S0", OrderType.StopMarket), (o.ExchangeOrderId.Value, o.ClientOrderId!.Value.Value, o.Type));
    }

    [Theory]
    [InlineData("market", OrderStatus.Expired)]
    [InlineData("ioc", OrderStatus.Expired)]
    [InlineData("limit", OrderStatus.Canceled)]
    public void ParseOrders_CanceledRemainder_IsExpiredOnlyForImmediateOrders(string ordType, OrderStatus expected)
    {
        var json = OkxDocExamples.GetOrder.Replace("\"state\":\"filled\"", "\"state\":\"canceled\"", StringComparison.Ordinal)
            .Replace("\"ordType\":\"market\"", $"\"ordType\":\"{ordType}\"", StringComparison.Ordinal)
            .Replace("\"px\":\"\"", "\"px\":\"51858\"", StringComparison.Ordinal);
        Assert.Equal(expected, Assert.Single(OkxTradeParser.ParseOrders(json).Value).Status);
    }

    [Fact]
    public void ParseAlgoOrders_DocExample_ConditionalWithoutStopLegIsMalformed()
    {
        // The doc example is a take-profit-only conditional order; Qari only reads stop-loss legs, and says so loudly.
        Assert.Equal(ErrorKind.MalformedResponse, OkxTradeParser.ParseAlgoOrders(OkxDocExamples.AlgoOrder).Error!.Kind);
    }

    [Fact]
    public void ParseAlgoOrders_StopLossMarketSell_IsStopMarket()
    {
        var json = OkxDocExamples.AlgoOrder
            .Replace("\"side\":\"buy\"", "\"side\":\"sell\"", StringComparison.Ordinal)
            .Replace("\"slOrdPx\":\"\",\"slTriggerPx\":\"\"", "\"slOrdPx\":\"-1\",\"slTriggerPx\":\"50000\"", StringComparison.Ordinal)
            .Replace("\"algoClOrdId\":\"\"", "\"algoClOrdId\":\"q1S0\"", StringComparison.Ordinal);
        var a = Assert.Single(OkxTradeParser.ParseAlgoOrders(json).Value);
        Assert.Equal((OrderType.StopMarket, OrderStatus.New, 50000m, "q1S0"), (a.Snapshot.Type, a.Snapshot.Status, a.Snapshot.StopPrice!.Value, a.Snapshot.ClientOrderId!.Value.Value));
        Assert.False(a.Triggered);
    }

    [Theory]
    [InlineData("effective", OrderStatus.New, true)]
    [InlineData("partially_effective", OrderStatus.New, true)]
    [InlineData("pause", OrderStatus.New, false)]
    [InlineData("canceled", OrderStatus.Canceled, false)]
    [InlineData("order_failed", OrderStatus.Rejected, false)]
    public void MapAlgo_DocumentedState_Maps(string state, OrderStatus status, bool triggered) =>
        Assert.Equal((status, triggered), OkxStatuses.MapAlgo(state).Value);

    [Theory]
    [InlineData("live", OrderStatus.New)]
    [InlineData("partially_filled", OrderStatus.PartiallyFilled)]
    [InlineData("filled", OrderStatus.Filled)]
    [InlineData("canceled", OrderStatus.Canceled)]
    [InlineData("mmp_canceled", OrderStatus.Canceled)]
    public void Map_DocumentedState_Maps(string state, OrderStatus status) => Assert.Equal(status, OkxStatuses.Map(state).Value);

    [Theory]
    [InlineData("expired")]
    [InlineData("LIVE")]
    [InlineData(null)]
    public void Map_UnknownState_FailsLoudly(string? state) => Assert.Equal(ErrorKind.MalformedResponse, OkxStatuses.Map(state).Error!.Kind);

    [Fact]
    public void ParseFills_DocExample_FeeIsPositiveWhenPaid()
    {
        var (fills, bill) = OkxTradeParser.ParseFills(OkxDocExamples.Fills).Value;
        var f = Assert.Single(fills);
        Assert.Equal("680800019754098688", bill);
        Assert.Equal(("744876980", 51858m, 0.00192834m, 0.00000192834m, "BTC", false, 1708587373362), (f.TradeId, f.Price, f.Quantity, f.Fee, f.FeeAsset, f.IsMaker, f.TimeMs));
    }

    [Fact]
    public void ParseBalances_DocExample_FreeIsAvailFrozenIsLocked() =>
        Assert.Equal(new Balance("BTC", 1.5m, 0.5m), Assert.Single(OkxTradeParser.ParseBalances(OkxDocExamples.Balance).Value));

    [Fact]
    public void ParseKeyReport_DocExample_WithdrawAndFuturesModeAreDangerous()
    {
        var k = OkxTradeParser.ParseKeyReport(OkxDocExamples.AccountConfig).Value;
        Assert.Equal((Permission.Granted, Permission.Granted, Permission.Granted, Permission.Denied), (k.SpotTrade, k.Withdraw, k.Derivatives, k.IpRestricted));
        Assert.Contains("withdraw", k.DangerousPermissions());
    }

    [Fact]
    public void ParseKeyReport_SpotModeTradeKeyWithIps_IsSafe()
    {
        var json = OkxDocExamples.AccountConfig.Replace("\"acctLv\":\"2\"", "\"acctLv\":\"1\"", StringComparison.Ordinal)
            .Replace("read_only,withdraw,trade", "read_only,trade", StringComparison.Ordinal)
            .Replace("\"ip\":\"\"", "\"ip\":\"203.0.113.7,198.51.100.2\"", StringComparison.Ordinal);
        var k = OkxTradeParser.ParseKeyReport(json).Value;
        Assert.Empty(k.DangerousPermissions());
        Assert.Equal(["203.0.113.7", "198.51.100.2"], k.AllowedIps);
    }

    [Fact]
    public void ParseBalances_AuthError_MapsToInvalidKey() =>
        Assert.Equal(ErrorKind.InvalidKey, OkxTradeParser.ParseBalances(OkxDocExamples.InvalidSign).Error!.Kind);

    [Theory]
    [InlineData("")]
    [InlineData("{\"code\":\"0\",\"msg\":\"\",\"data\":[[\"1597026383085\",\"3.721\"")]
    [InlineData("{\"code\":0,\"data\":[]}")]
    [InlineData("{\"msg\":\"\",\"data\":[]}")]
    [InlineData("{\"code\":\"0\",\"data\":[[\"1\",\"2\",\"3\"]]}")]
    [InlineData("{\"code\":\"0\",\"data\":[[\"t\",\"2\",\"3\",\"4\",\"5\",\"6\",\"7\"]]}")]
    [InlineData("<html></html>")]
    public void ParseCandles_MalformedOrTruncated_YieldsMalformedResponse(string json) =>
        Assert.Equal(ErrorKind.MalformedResponse, OkxParser.ParseCandles(json).Error!.Kind);

    [Theory]
    [InlineData("{\"code\":\"0\",\"data\":[{\"ordId\":\"1\",\"instId\":\"BTC-USDT\",\"side\":\"buy\",\"ordType\":\"limit\",\"state\":\"expired\",\"cTime\":\"1\",\"uTime\":\"1\"}]}")]
    [InlineData("{\"code\":\"0\",\"data\":[{\"ordId\":\"1\",\"instId\":\"BTC-USDT\",\"side\":\"buy\",\"ordType\":\"twap\",\"state\":\"live\",\"cTime\":\"1\",\"uTime\":\"1\"}]}")]
    [InlineData("{\"code\":\"0\",\"data\":[{\"ordId\":\"1\",\"instId\":\"BTCUSDT\",\"side\":\"buy\",\"ordType\":\"limit\",\"state\":\"live\",\"cTime\":\"1\",\"uTime\":\"1\"}]}")]
    [InlineData("{\"code\":\"0\",\"data\":[{\"ordId\":")]
    public void ParseOrders_BadRows_YieldMalformed(string json) =>
        Assert.Equal(ErrorKind.MalformedResponse, OkxTradeParser.ParseOrders(json).Error!.Kind);
}
