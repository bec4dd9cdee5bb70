using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Bitget;
using Qari.Model.Ids;
using Qari.Model.Instruments;
using Qari.Model.Orders;
using Qari.Model.Results;

namespace Qari.Exchanges.Tests.Bitget;

public sealed class BitgetParserTests
{
    private static readonly Symbol Btc = new("BTC", "USDT");

    [Fact]
    public void Envelope_Error_ReturnsCodeAndMessage()
    {
        var e = BitgetParser.Envelope("{\"code\":\"40034\",\"msg\":\"Parameter does not exist\",\"requestTime\":1695808949356,\"data\":null}");
        Assert.Equal(("40034", "Parameter does not exist", "null"), e);
    }

    [Fact]
    public void Instruments_DocumentedSymbol_TurnsDecimalCountsIntoSteps()
    {
        const string data = """
            [{"symbol":"BTCUSDT","baseCoin":"BTC","quoteCoin":"USDT","minTradeAmount":"0","maxTradeAmount":"10000000000","takerFeeRate":"0.002",
              "makerFeeRate":"0.002","pricePrecision":"2","quantityPrecision":"6","quotePrecision":"8","status":"online","minTradeUSDT":"5",
              "buyLimitPriceRatio":"0.05","sellLimitPriceRatio":"0.05"}]
            """;
        var btc = Assert.Single(Ok(BitgetParser.Instruments(data, new BitgetSymbolMapper())));
        Assert.Equal(Btc, btc.Symbol);
        Assert.Equal(new InstrumentRules(0.01m, 0.000001m, 0.000001m, 5m, 10000000000m), btc.Rules);
        Assert.Equal(TradingStatus.Trading, btc.Status);
    }

    [Fact]
    public void Instruments_UnknownStatus_IsMalformed() =>
        Assert.Equal(ErrorKind.MalformedResponse, BitgetParser.Instruments(
            "[{\"symbol\":\"BTCUSDT\",\"baseCoin\":\"BTC\",\"quoteCoin\":\"USDT\",\"pricePrecision\":\"2\",\"quantityPrecision\":\"6\",\"status\":\"sleeping\"}]",
            new BitgetSymbolMapper()).Error!.Kind);

    [Fact]
    public void Candles_DocumentedRows_ReadOpenHighLowCloseBaseAndQuoteVolume()
    {
        const string data = """[["1695835800000","26210.5","26210.5","26194.5","26194.5","26.26","687897.63","687897.63"],["1695835740000","26200","26211","26190","26210.5","1","26200","26200"]]""";
        var candles = Ok(BitgetParser.Candles(data));
        Assert.Equal([1695835740000L, 1695835800000L], candles.Select(c => c.OpenTimeMs));
        Assert.Equal(26194.5m, candles[1].Low);
        Assert.Equal(26.26m, candles[1].Volume);
        Assert.Equal(687897.63m, candles[1].QuoteVolume);
    }

    [Fact]
    public void Candles_TruncatedJson_IsMalformed() =>
        Assert.Equal(ErrorKind.MalformedResponse, BitgetParser.Candles("[[\"1695835800000\",\"26210.5\"").Error!.Kind);

    [Fact]
    public void Balances_Assets_LockedIsFrozenPlusLocked()
    {
        var b = Assert.Single(Ok(BitgetParser.Balances("""[{"coin":"USDT","available":"38.88","frozen":"1","locked":"0.5","limitAvailable":"0","uTime":"1622697148"}]""")));
        Assert.Equal(new Balance("USDT", 38.88m, 1.5m), b);
    }

    [Fact]
    public void Orders_DocumentedOrderInfo_MapsStatusAndQuoteSizedMarketBuy()
    {
        const string data = """
            [{"userId":"1","symbol":"BTCUSDT","orderId":"2222","clientOid":"qabcE0","price":"0","size":"20","orderType":"market","side":"buy",
              "status":"filled","priceAvg":"25000","baseVolume":"0.0008","quoteVolume":"20","enterPointSource":"API","feeDetail":"{}",
              "orderSource":"normal","cTime":"1622697148","uTime":"1622697149"}]
            """;
        var o = Assert.Single(Ok(BitgetOrderParser.Orders(data, new BitgetSymbolMapper())));
        Assert.Equal(OrderStatus.Filled, o.Status);
        Assert.Null(o.Quantity);
        Assert.Equal(20m, o.FilledQuote);
        Assert.Equal("qabcE0", o.ClientOrderId?.Value);
    }

    [Theory]
    [InlineData("live", 0, false, OrderStatus.New)]
    [InlineData("live", 1, false, OrderStatus.PartiallyFilled)]
    [InlineData("partially_filled", 1, false, OrderStatus.PartiallyFilled)]
    [InlineData("cancelled", 0, false, OrderStatus.Canceled)]
    [InlineData("cancelled", 1, true, OrderStatus.Expired)]
    public void Status_EachValue_MapsExactly(string wire, int filled, bool remainderCancelled, OrderStatus expected) =>
        Assert.Equal(expected, BitgetOrderParser.Status(wire, filled, remainderCancelled));

    [Fact]
    public void Orders_UnknownStatus_IsMalformed() =>
        Assert.Equal(ErrorKind.MalformedResponse, BitgetOrderParser.Orders(
            """[{"symbol":"BTCUSDT","orderId":"1","size":"1","orderType":"limit","side":"buy","status":"weird","cTime":"1"}]""", new BitgetSymbolMapper()).Error!.Kind);

    [Fact]
    public void PlanOrders_LimitPlan_IsAStopLimitWithTriggerAndExecutePrice()
    {
        const string data = """
            {"nextFlag":false,"idLessThan":"1","orderList":[{"orderId":"121","clientOid":"qxS0","symbol":"BTCUSDT","size":"0.3","executePrice":"44900",
             "triggerPrice":"45000","status":"live","orderType":"limit","side":"sell","planType":"amount","triggerType":"fill_price","cTime":"1684828800000","uTime":"1684828800000"}]}
            """;
        var p = Assert.Single(Ok(BitgetOrderParser.PlanOrders(data, new BitgetSymbolMapper())));
        Assert.Equal((OrderType.StopLimit, OrderStatus.New, 45000m, 44900m, 0.3m), (p.Type, p.Status, p.StopPrice, p.Price, p.Quantity));
    }

    [Fact]
    public void KeyReport_AuthoritiesAndIps_AreMapped()
    {
        var report = Ok(BitgetParser.KeyReport("""{"userId":"1","ips":"1.2.3.4,5.6.7.8","authorities":["readonly","trade","withdraw"],"parentId":1,"regisTime":"1"}"""));
        Assert.Equal(Permission.Granted, report.SpotTrade);
        Assert.Equal(Permission.Granted, report.Withdraw);
        Assert.Equal(Permission.Granted, report.IpRestricted);
        Assert.Equal(["1.2.3.4", "5.6.7.8"], report.AllowedIps);
        Assert.Contains("withdraw", report.DangerousPermissions());
    }

    private static T Ok<T>(Result<T> r) => r.IsSuccess ? r.Value : throw new Xunit.Sdk.XunitException(r.Error!.ToString());
}
