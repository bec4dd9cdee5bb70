using Qari.Exchanges.Binance;
using Qari.Model.Ids;
using Qari.Model.Orders;
using Qari.Model.Results;

namespace Qari.Exchanges.Tests.Binance;

/// <summary>Binance order/trade parsers against the docs' example responses, and the exhaustive status mapping.</summary>
public sealed class BinanceOrderParserTests
{
    private const string QueryExample = """
        {"symbol":"LTCBTC","orderId":1,"orderListId":-1,"clientOrderId":"myOrder1","price":"0.1","origQty":"1.0","executedQty":"0.0","cummulativeQuoteQty":"0.0",
         "status":"NEW","timeInForce":"GTC","type":"LIMIT","side":"BUY","stopPrice":"0.0","icebergQty":"0.0","time":1499827319559,"updateTime":1499827319559,
         "isWorking":true,"workingTime":1499827319559,"origQuoteOrderQty":"0.000000","selfTradePreventionMode":"NONE"}
        """;

    private const string FullExample = """
        {"symbol":"BTCUSDT","orderId":28,"orderListId":-1,"clientOrderId":"6gCrw2kRUAF9CvJDGP16IP","transactTime":1507725176595,"price":"0.00000000",
         "origQty":"10.00000000","executedQty":"10.00000000","origQuoteOrderQty":"0.000000","cummulativeQuoteQty":"10.00000000","status":"FILLED",
         "timeInForce":"GTC","type":"MARKET","side":"SELL","workingTime":1507725176595,"selfTradePreventionMode":"NONE",
         "fills":[{"price":"4000.00000000","qty":"1.00000000","commission":"4.00000000","commissionAsset":"USDT","tradeId":56},
                  {"price":"3999.00000000","qty":"5.00000000","commission":"19.99500000","commissionAsset":"USDT","tradeId":57}]}
        """;

    [Fact]
    public void Order_QueryDocExample_ParsesAllFields()
    {
        var order = BinanceOrderParser.Order(QueryExample, new BinanceSymbolMapper()).Value;
        Assert.Equal(new ExchangeOrderId("1"), order.ExchangeOrderId);
        Assert.Equal(ClientOrderId.Foreign("myOrder1"), order.ClientOrderId);
        Assert.Equal(new Symbol("LTC", "BTC"), order.Symbol);
        Assert.Equal(OrderSide.Buy, order.Side);
        Assert.Equal(OrderType.Limit, order.Type);
        Assert.Equal(OrderStatus.New, order.Status);
        Assert.Equal(0.1m, order.Price);
        Assert.Null(order.StopPrice);
        Assert.Equal(1m, order.Quantity);
        Assert.Equal(0m, order.FilledQuantity);
        Assert.Null(order.AverageFillPrice);
        Assert.Equal(1499827319559, order.CreatedMs);
    }

    [Fact]
    public void Order_FullDocExample_UsesTransactTimeAndAveragesTheFill()
    {
        var order = BinanceOrderParser.Order(FullExample, new BinanceSymbolMapper()).Value;
        Assert.Equal(OrderStatus.Filled, order.Status);
        Assert.Equal(OrderType.Market, order.Type);
        Assert.Equal(OrderSide.Sell, order.Side);
        Assert.Null(order.Price);
        Assert.Equal(10m, order.FilledQuantity);
        Assert.Equal(1m, order.AverageFillPrice);
        Assert.Equal(1507725176595, order.CreatedMs);
    }

    [Fact]
    public void Placed_FullDocExample_KeepsEveryFillWithTradeIdFeeAndTheOrdersIds()
    {
        var order = BinanceOrderParser.Placed(FullExample, new BinanceSymbolMapper()).Value;
        Assert.Equal(10m, order.FilledQuantity);
        Assert.NotNull(order.Fills);
        Assert.Equal(["56", "57"], order.Fills.Select(f => f.TradeId));
        var second = order.Fills[1];
        Assert.Equal(3999m, second.Price);
        Assert.Equal(5m, second.Quantity);
        Assert.Equal(19.995m, second.Fee);
        Assert.Equal("USDT", second.FeeAsset);
        Assert.Equal(new ExchangeOrderId("28"), second.ExchangeOrderId);
        Assert.Equal(ClientOrderId.Foreign("6gCrw2kRUAF9CvJDGP16IP"), second.ClientOrderId);
        Assert.Equal(OrderSide.Sell, second.Side);
        Assert.False(second.IsMaker);
        Assert.Equal(1507725176595, second.TimeMs);
    }

    [Fact]
    public void Placed_FillWithoutTradeId_KeepsNoFills()
    {
        var body = FullExample.Replace(",\"tradeId\":57", "", StringComparison.Ordinal);
        var order = BinanceOrderParser.Placed(body, new BinanceSymbolMapper()).Value;
        Assert.Null(order.Fills);
        Assert.Equal(10m, order.FilledQuantity);
    }

    [Fact]
    public void Placed_ResultAnswerWithoutFills_KeepsNoFills()
    {
        Assert.Null(BinanceOrderParser.Placed(QueryExample, new BinanceSymbolMapper()).Value.Fills);
    }

    [Fact]
    public void Order_CancelAnswer_ReportsTheCancelledOrdersClientId()
    {
        const string body = """
            {"symbol":"LTCBTC","origClientOrderId":"myOrder1","orderId":4,"orderListId":-1,"clientOrderId":"cancelMyOrder1","transactTime":1684804350068,
             "price":"2.00000000","origQty":"1.00000000","executedQty":"0.00000000","cummulativeQuoteQty":"0.00000000","status":"CANCELED",
             "timeInForce":"GTC","type":"LIMIT","side":"BUY","selfTradePreventionMode":"NONE"}
            """;
        var order = BinanceOrderParser.Order(body, new BinanceSymbolMapper()).Value;
        Assert.Equal(ClientOrderId.Foreign("myOrder1"), order.ClientOrderId);
        Assert.Equal(OrderStatus.Canceled, order.Status);
    }

    [Fact]
    public void Orders_StopLossLimit_MapsToStopLimitWithTrigger()
    {
        var body = "[" + QueryExample.Replace("\"LIMIT\"", "\"STOP_LOSS_LIMIT\"", StringComparison.Ordinal).Replace("\"stopPrice\":\"0.0\"", "\"stopPrice\":\"0.09\"", StringComparison.Ordinal) + "]";
        var order = Assert.Single(BinanceOrderParser.Orders(body, new BinanceSymbolMapper()).Value);
        Assert.Equal(OrderType.StopLimit, order.Type);
        Assert.Equal(0.09m, order.StopPrice);
    }

    [Fact]
    public void Fills_MyTradesDocExample_ParsesFeeAndSide()
    {
        const string body = """
            [{"symbol":"BNBBTC","id":28457,"orderId":100234,"orderListId":-1,"price":"4.00000100","qty":"12.00000000","quoteQty":"48.000012",
              "commission":"10.10000000","commissionAsset":"BNB","time":1499865549590,"isBuyer":true,"isMaker":false,"isBestMatch":true}]
            """;
        var fill = Assert.Single(BinanceOrderParser.Fills(body, new Symbol("BNB", "BTC")).Value);
        Assert.Equal("28457", fill.TradeId);
        Assert.Equal(new ExchangeOrderId("100234"), fill.ExchangeOrderId);
        Assert.Equal(OrderSide.Buy, fill.Side);
        Assert.Equal(4.000001m, fill.Price);
        Assert.Equal(12m, fill.Quantity);
        Assert.Equal(10.1m, fill.Fee);
        Assert.Equal("BNB", fill.FeeAsset);
        Assert.False(fill.IsMaker);
    }

    [Theory]
    [InlineData("NEW", "0", OrderStatus.New)]
    [InlineData("PENDING_NEW", "0", OrderStatus.New)]
    [InlineData("PARTIALLY_FILLED", "1", OrderStatus.PartiallyFilled)]
    [InlineData("FILLED", "1", OrderStatus.Filled)]
    [InlineData("CANCELED", "0", OrderStatus.Canceled)]
    [InlineData("PENDING_CANCEL", "1", OrderStatus.PartiallyFilled)]
    [InlineData("REJECTED", "0", OrderStatus.Rejected)]
    [InlineData("EXPIRED", "0", OrderStatus.Expired)]
    [InlineData("EXPIRED_IN_MATCH", "0", OrderStatus.Expired)]
    public void Status_EveryBinanceStatus_MapsToQarisVocabulary(string wire, string executed, OrderStatus expected) =>
        Assert.Equal(expected, BinanceOrderParser.Status(wire, decimal.Parse(executed, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Order_UnknownStatus_FailsLoudlyAsMalformed()
    {
        var result = BinanceOrderParser.Order(QueryExample.Replace("\"NEW\"", "\"HALF_BAKED\"", StringComparison.Ordinal), new BinanceSymbolMapper());
        Assert.Equal(ErrorKind.MalformedResponse, result.Error!.Kind);
        Assert.Contains("HALF_BAKED", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Order_Truncated_IsMalformed() =>
        Assert.Equal(ErrorKind.MalformedResponse, BinanceOrderParser.Order(QueryExample[..80], new BinanceSymbolMapper()).Error!.Kind);

    [Fact]
    public void Order_MissingExecutedQty_IsMalformedNamingTheField()
    {
        var result = BinanceOrderParser.Order("""{"symbol":"LTCBTC","orderId":1,"status":"NEW","type":"LIMIT","side":"BUY"}""", new BinanceSymbolMapper());
        Assert.Contains("executedQty", result.Error!.Message, StringComparison.Ordinal);
    }
}
