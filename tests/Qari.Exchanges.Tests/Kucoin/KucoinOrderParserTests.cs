using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Kucoin;
using Qari.Model.Ids;
using Qari.Model.Orders;
using Qari.Model.Results;

namespace Qari.Exchanges.Tests.Kucoin;

// Order, stop-order and fill examples from KuCoin's API documentation (universal SDK examples), plus variants.
public class KucoinOrderParserTests
{
    private const string FilledOrder = """
        {"code":"200000","data":{"id":"6717422bd51c29000775ea03","clientOid":"5c52e11203aa677f33e493fb","symbol":"BTC-USDT","opType":"DEAL",
        "type":"limit","side":"buy","price":"70000","size":"0.00001","funds":"0.7","dealSize":"0.00001","dealFunds":"0.677176","remainSize":"0",
        "remainFunds":"0.022824","cancelledSize":"0","cancelledFunds":"0","fee":"0.000677176","feeCurrency":"USDT","stp":null,"timeInForce":"GTC",
        "postOnly":false,"hidden":false,"iceberg":false,"visibleSize":"0","cancelAfter":0,"channel":"API","remark":"order remarks","tags":null,
        "cancelExist":false,"tradeType":"TRADE","inOrderBook":false,"active":false,"tax":"0","createdAt":1729577515444,"lastUpdatedAt":1729577515481}}
        """;

    [Fact]
    public void Order_DocumentedDoneOrderWithoutCancel_IsFilled()
    {
        var order = KucoinOrderParser.Order(FilledOrder).Value;

        Assert.Equal(new ExchangeOrderId("6717422bd51c29000775ea03"), order.ExchangeOrderId);
        Assert.Equal(ClientOrderId.Foreign("5c52e11203aa677f33e493fb"), order.ClientOrderId);
        Assert.Equal(OrderStatus.Filled, order.Status);
        Assert.Equal(OrderType.Limit, order.Type);
        Assert.Equal(OrderSide.Buy, order.Side);
        Assert.Equal(70000m, order.Price);
        Assert.Equal(0.00001m, order.Quantity);
        Assert.Equal(0.00001m, order.FilledQuantity);
        Assert.Equal(0.677176m, order.FilledQuote);
        Assert.Equal(67717.6m, order.AverageFillPrice);
        Assert.Equal(1729577515444, order.CreatedMs);
        Assert.Equal(1729577515481, order.UpdatedMs);
    }

    [Theory]
    [InlineData(true, false, "0", OrderStatus.New)]
    [InlineData(true, false, "0.000005", OrderStatus.PartiallyFilled)]
    [InlineData(false, false, "0.00001", OrderStatus.Filled)]
    [InlineData(false, true, "0", OrderStatus.Canceled)]
    [InlineData(false, true, "0.000005", OrderStatus.Canceled)]
    [InlineData(true, true, "0.000005", OrderStatus.PartiallyFilled)]
    public void Order_ActiveAndCancelExist_MapToStatus(bool active, bool cancelExist, string dealSize, OrderStatus expected)
    {
        var json = FilledOrder.Replace("\"active\":false", $"\"active\":{(active ? "true" : "false")}")
            .Replace("\"cancelExist\":false", $"\"cancelExist\":{(cancelExist ? "true" : "false")}")
            .Replace("\"dealSize\":\"0.00001\"", $"\"dealSize\":\"{dealSize}\"");

        Assert.Equal(expected, KucoinOrderParser.Order(json).Value.Status);
    }

    [Theory]
    [InlineData("\"type\":\"market\"", "\"timeInForce\":\"GTC\"")]
    [InlineData("\"type\":\"limit\"", "\"timeInForce\":\"IOC\"")]
    public void Order_CancelledRemainderOfMarketOrIoc_IsExpired(string type, string tif)
    {
        var json = FilledOrder.Replace("\"type\":\"limit\"", type).Replace("\"timeInForce\":\"GTC\"", tif).Replace("\"cancelExist\":false", "\"cancelExist\":true");

        Assert.Equal(OrderStatus.Expired, KucoinOrderParser.Order(json).Value.Status);
    }

    [Theory]
    [InlineData("\"side\":\"buy\"", "\"side\":\"long\"")]
    [InlineData("\"type\":\"limit\"", "\"type\":\"stop_limit\"")]
    [InlineData("\"symbol\":\"BTC-USDT\"", "\"symbol\":\"BTCUSDT\"")]
    [InlineData("\"active\":false,", "")]
    public void Order_UnknownOrMissingValue_FailsLoudly(string from, string to)
    {
        var result = KucoinOrderParser.Order(FilledOrder.Replace(from, to));

        Assert.Equal(ErrorKind.MalformedResponse, result.Error!.Kind);
    }

    [Fact]
    public void Order_Truncated_IsMalformedResponse()
    {
        Assert.Equal(ErrorKind.MalformedResponse, KucoinOrderParser.Order(FilledOrder[..200]).Error!.Kind);
    }

    [Fact]
    public void Orders_DocumentedActiveOrders_AreNew()
    {
        const string json = """
            {"code":"200000","data":[{"id":"67120bbef094e200070976f6","clientOid":"5c52e11203aa677f33e493fb","symbol":"BTC-USDT","opType":"DEAL",
            "type":"limit","side":"buy","price":"50000","size":"0.00001","funds":"0.5","dealSize":"0","dealFunds":"0","fee":"0","feeCurrency":"USDT",
            "stp":null,"timeInForce":"GTC","postOnly":false,"hidden":false,"iceberg":false,"visibleSize":"0","cancelAfter":0,"channel":"API",
            "remark":"order remarks","tags":"order tags","cancelExist":false,"tradeType":"TRADE","inOrderBook":true,"cancelledSize":"0",
            "cancelledFunds":"0","remainSize":"0.00001","remainFunds":"0.5","tax":"0","active":true,"createdAt":1729235902748,"lastUpdatedAt":1729235909862}]}
            """;

        var order = Assert.Single(KucoinOrderParser.Orders(json).Value);

        Assert.Equal(OrderStatus.New, order.Status);
        Assert.Equal(0m, order.FilledQuantity);
        Assert.Null(order.AverageFillPrice);
    }

    [Fact]
    public void Placed_DocumentedAddOrderResponse_GivesOrderId()
    {
        var id = KucoinOrderParser.Placed("""{"code":"200000","data":{"orderId":"670fd33bf9406e0007ab3945","clientOid":"5c52e11203aa677f33e493fb"}}""");

        Assert.Equal(new ExchangeOrderId("670fd33bf9406e0007ab3945"), id.Value);
    }

    [Fact]
    public void StopOrder_DocumentedStopOrder_IsNewStopLimitWithTrigger()
    {
        const string json = """
            {"code":"200000","data":{"id":"vs8hoo8q2ceshiue003b67c0","symbol":"KCS-USDT","userId":"60fe4956c43cbc0006562c2c","status":"NEW",
            "type":"limit","side":"buy","price":"0.01000000000000000000","size":"0.01000000000000000000","funds":null,"stp":null,"timeInForce":"GTC",
            "cancelAfter":-1,"postOnly":false,"hidden":false,"iceberg":false,"visibleSize":null,"channel":"API","clientOid":"40e0eb9efe6311eb8e58acde48001122",
            "remark":null,"tags":null,"orderTime":1629098781127530200,"domainId":"kucoin","tradeSource":"USER","tradeType":"TRADE","feeCurrency":"USDT",
            "takerFeeRate":"0.00200000000000000000","makerFeeRate":"0.00200000000000000000","createdAt":1629098781128,"stop":"loss",
            "stopTriggerTime":null,"stopPrice":"10.00000000000000000000"}}
            """;

        var view = KucoinOrderParser.StopOrder(json).Value;

        Assert.False(view.Triggered);
        Assert.Equal(OrderType.StopLimit, view.Snapshot.Type);
        Assert.Equal(OrderStatus.New, view.Snapshot.Status);
        Assert.Equal(10m, view.Snapshot.StopPrice);
        Assert.Equal(0.01m, view.Snapshot.Price);
        Assert.Equal(0.01m, view.Snapshot.Quantity);
        Assert.Equal(new Symbol("KCS", "USDT"), view.Snapshot.Symbol);
        Assert.Equal(ClientOrderId.Foreign("40e0eb9efe6311eb8e58acde48001122"), view.Snapshot.ClientOrderId);
    }

    [Theory]
    [InlineData("NEW", false)]
    [InlineData("TRIGGERED", true)]
    public void StopOrderList_Status_MapsTriggered(string status, bool triggered)
    {
        var json = $$"""
            {"code":"200000","data":[{"id":"vs8hoo8os561f5np0032vngj","symbol":"KCS-USDT","status":"{{status}}","type":"market","side":"sell",
            "price":null,"size":"0.5","funds":null,"clientOid":"qabS0","createdAt":1629020492837,"stop":"loss","stopTriggerTime":null,"stopPrice":"1"}]}
            """;

        var view = Assert.Single(KucoinOrderParser.StopOrderList(json).Value);

        Assert.Equal(triggered, view.Triggered);
        Assert.Equal(OrderType.StopMarket, view.Snapshot.Type);
        Assert.Null(view.Snapshot.Price);
    }

    [Fact]
    public void StopOrderList_UnknownStatus_FailsLoudly()
    {
        const string json = """
            {"code":"200000","data":[{"id":"a","symbol":"KCS-USDT","status":"PAUSED","type":"market","side":"sell","size":"0.5",
            "createdAt":1629020492837,"stop":"loss","stopPrice":"1"}]}
            """;

        Assert.Equal(ErrorKind.MalformedResponse, KucoinOrderParser.StopOrderList(json).Error!.Kind);
    }

    [Fact]
    public void Fills_DocumentedTradeHistory_MapsTakerFill()
    {
        const string json = """
            {"code":"200000","data":{"items":[{"id":19814995255305,"orderId":"6717422bd51c29000775ea03","counterOrderId":"67174228135f9e000709da8c",
            "tradeId":11029373945659392,"symbol":"BTC-USDT","side":"buy","liquidity":"taker","type":"limit","forceTaker":false,"price":"67717.6",
            "size":"0.00001","funds":"0.677176","fee":"0.000677176","feeRate":"0.001","feeCurrency":"USDT","stop":"","tradeType":"TRADE",
            "taxRate":"0","tax":"0","createdAt":1729577515473}],"lastId":19814995255305}}
            """;

        var (fills, lastId) = KucoinOrderParser.Fills(json).Value;

        var fill = Assert.Single(fills);
        Assert.Equal("11029373945659392", fill.TradeId);
        Assert.Equal(new ExchangeOrderId("6717422bd51c29000775ea03"), fill.ExchangeOrderId);
        Assert.Equal(67717.6m, fill.Price);
        Assert.Equal(0.00001m, fill.Quantity);
        Assert.Equal(0.000677176m, fill.Fee);
        Assert.Equal("USDT", fill.FeeAsset);
        Assert.False(fill.IsMaker);
        Assert.Equal(1729577515473, fill.TimeMs);
        Assert.Equal(19814995255305, lastId);
    }

    [Fact]
    public void KeyReport_SpotKeyWithWhitelist_GrantsSpotAndDeniesDangerous()
    {
        const string json = """
            {"code":"200000","data":{"remark":"qari","apiKey":"670fd33bf9406e0007ab3945","apiVersion":3,"permission":"General,Spot",
            "ipWhitelist":"203.0.113.7,203.0.113.8","createdAt":1729577515444,"uid":165111215,"isMaster":true}}
            """;

        var report = KucoinOrderParser.KeyReport(json).Value;

        Assert.Equal(Permission.Granted, report.Read);
        Assert.Equal(Permission.Granted, report.SpotTrade);
        Assert.Equal(Permission.Denied, report.Withdraw);
        Assert.Equal(Permission.Denied, report.Transfer);
        Assert.Equal(Permission.Denied, report.Margin);
        Assert.Equal(Permission.Denied, report.Derivatives);
        Assert.Equal(Permission.Granted, report.IpRestricted);
        Assert.Equal(["203.0.113.7", "203.0.113.8"], report.AllowedIps);
        Assert.Empty(report.DangerousPermissions());
    }

    [Fact]
    public void KeyReport_WithdrawAndFuturesKey_ReportsDangerousPermissions()
    {
        const string json = """
            {"code":"200000","data":{"apiKey":"k","permission":"General,Spot,Margin,Futures,InnerTransfer,Transfer","ipWhitelist":""}}
            """;

        var report = KucoinOrderParser.KeyReport(json).Value;

        Assert.Equal(["withdraw", "transfer", "margin", "futures/derivatives"], report.DangerousPermissions());
        Assert.Equal(Permission.Denied, report.IpRestricted);
    }

    [Fact]
    public void KeyReport_UnknownPermission_FailsRatherThanGuessing()
    {
        var result = KucoinOrderParser.KeyReport("""{"code":"200000","data":{"apiKey":"k","permission":"General,Teleport"}}""");

        Assert.Equal(ErrorKind.MalformedResponse, result.Error!.Kind);
    }

    [Fact]
    public void ActiveSymbols_DocumentedResponse_ListsSymbols()
    {
        var symbols = KucoinOrderParser.ActiveSymbols("""{"code":"200000","data":{"symbols":["ETH-USDT","BTC-USDT"]}}""").Value;

        Assert.Equal(["ETH-USDT", "BTC-USDT"], symbols);
    }

    [Fact]
    public void StopOrderPage_DocumentedList_GivesStopsAndPageCount()
    {
        const string json = """
            {"code":"200000","data":{"currentPage":1,"pageSize":50,"totalNum":1,"totalPage":1,"items":[{"id":"vs8hoo8kqjnklv4m0038lrfq",
            "symbol":"KCS-USDT","userId":"60fe4956c43cbc0006562c2c","status":"NEW","type":"limit","side":"buy","price":"0.01000000000000000000",
            "size":"0.01000000000000000000","funds":null,"stp":null,"timeInForce":"GTC","cancelAfter":-1,"postOnly":false,"hidden":false,
            "iceberg":false,"visibleSize":null,"channel":"API","clientOid":"404814a0fb4311eb9098acde48001122","remark":null,"tags":null,
            "orderTime":1628755183702150100,"domainId":"kucoin","tradeSource":"USER","tradeType":"TRADE","feeCurrency":"USDT",
            "takerFeeRate":"0.00200000000000000000","makerFeeRate":"0.00200000000000000000","createdAt":1628755183704,"stop":"loss",
            "stopTriggerTime":null,"stopPrice":"10.00000000000000000000"}]}}
            """;

        var (stops, pages) = KucoinOrderParser.StopOrderPage(json).Value;

        Assert.Equal(1, pages);
        Assert.Equal(new ExchangeOrderId("vs8hoo8kqjnklv4m0038lrfq"), Assert.Single(stops).Snapshot.ExchangeOrderId);
    }

    [Fact]
    public void Order_DataNull_IsUnknownOrder()
    {
        Assert.Equal(ErrorKind.UnknownOrder, KucoinOrderParser.Order("""{"code":"200000","data":null}""").Error!.Kind);
    }

    [Fact]
    public void Order_CancelledStopMarket_StaysCanceled()
    {
        var json = FilledOrder.Replace("\"type\":\"limit\"", "\"type\":\"market\"").Replace("\"cancelExist\":false", "\"cancelExist\":true")
            .Replace("\"stp\":null", "\"stp\":null,\"stop\":\"loss\",\"stopPrice\":\"60000\"").Replace("\"dealSize\":\"0.00001\"", "\"dealSize\":\"0\"");

        var order = KucoinOrderParser.Order(json).Value;

        Assert.Equal(OrderType.StopMarket, order.Type);
        Assert.Equal(OrderStatus.Canceled, order.Status);
        Assert.Equal(60000m, order.StopPrice);
    }
}
