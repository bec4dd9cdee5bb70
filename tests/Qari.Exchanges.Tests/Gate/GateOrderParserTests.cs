using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Gate;
using Qari.Model.Ids;
using Qari.Model.Orders;
using Qari.Model.Results;

namespace Qari.Exchanges.Tests.Gate;

// Order, price-order, trade and account-detail examples after Gate's APIv4 documentation, plus variants.
public class GateOrderParserTests
{
    private const string ClosedOrder = """
        {"id":"1852454420","text":"t-abc123","amend_text":"-","create_time":"1710488334","update_time":"1710488334","create_time_ms":1710488334073,
        "update_time_ms":1710488334074,"status":"closed","currency_pair":"BTC_USDT","type":"limit","account":"unified","side":"buy","amount":"0.001",
        "price":"65000","time_in_force":"gtc","iceberg":"0","left":"0","filled_amount":"0.001","fill_price":"63.4693","filled_total":"63.4693",
        "avg_deal_price":"63469.3","fee":"0.00000022","fee_currency":"BTC","point_fee":"0","gt_fee":"0","gt_maker_fee":"0","gt_taker_fee":"0",
        "gt_discount":false,"rebated_fee":"0","rebated_fee_currency":"USDT","finish_as":"filled"}
        """;

    [Fact]
    public void Order_DocumentedClosedOrder_IsFilled()
    {
        var order = GateOrderParser.Order(ClosedOrder).Value;

        Assert.Equal(new ExchangeOrderId("1852454420"), order.ExchangeOrderId);
        Assert.Equal(ClientOrderId.Foreign("abc123"), order.ClientOrderId);
        Assert.Equal(OrderStatus.Filled, order.Status);
        Assert.Equal(OrderType.Limit, order.Type);
        Assert.Equal(65000m, order.Price);
        Assert.Equal(0.001m, order.Quantity);
        Assert.Equal(0.001m, order.FilledQuantity);
        Assert.Equal(63.4693m, order.FilledQuote);
        Assert.Equal(63469.3m, order.AverageFillPrice);
        Assert.Equal(1710488334073, order.CreatedMs);
    }

    [Theory]
    [InlineData("open", "open", "0", OrderStatus.New)]
    [InlineData("open", "open", "0.0004", OrderStatus.PartiallyFilled)]
    [InlineData("closed", "filled", "0.001", OrderStatus.Filled)]
    [InlineData("cancelled", "cancelled", "0", OrderStatus.Canceled)]
    [InlineData("cancelled", "cancelled", "0.0004", OrderStatus.Canceled)]
    [InlineData("closed", "ioc", "0.0004", OrderStatus.Expired)]
    [InlineData("cancelled", "fok", "0", OrderStatus.Expired)]
    [InlineData("closed", "depth_not_enough", "0.0004", OrderStatus.Expired)]
    [InlineData("closed", "small", "0.0009", OrderStatus.Expired)]
    [InlineData("cancelled", "poc", "0", OrderStatus.Rejected)]
    [InlineData("cancelled", "stp", "0", OrderStatus.Canceled)]
    [InlineData("cancelled", "liquidate_cancelled", "0", OrderStatus.Canceled)]
    public void Order_StatusAndFinishAs_MapToStatus(string status, string finishAs, string filled, OrderStatus expected)
    {
        var json = ClosedOrder.Replace("\"status\":\"closed\"", $"\"status\":\"{status}\"")
            .Replace("\"finish_as\":\"filled\"", $"\"finish_as\":\"{finishAs}\"")
            .Replace("\"filled_amount\":\"0.001\"", $"\"filled_amount\":\"{filled}\"");

        Assert.Equal(expected, GateOrderParser.Order(json).Value.Status);
    }

    [Theory]
    [InlineData("\"finish_as\":\"filled\"", "\"finish_as\":\"unknown\"")]
    [InlineData("\"finish_as\":\"filled\"", "\"finish_as\":\"vanished\"")]
    [InlineData("\"status\":\"closed\"", "\"status\":\"finished\"")]
    [InlineData("\"side\":\"buy\"", "\"side\":\"short\"")]
    [InlineData("\"type\":\"limit\"", "\"type\":\"stop\"")]
    [InlineData("\"left\":\"0\",", "")]
    public void Order_UnknownOrMissingValue_FailsLoudly(string from, string to)
    {
        Assert.Equal(ErrorKind.MalformedResponse, GateOrderParser.Order(ClosedOrder.Replace(from, to)).Error!.Kind);
    }

    [Fact]
    public void Order_Truncated_IsMalformedResponse()
    {
        Assert.Equal(ErrorKind.MalformedResponse, GateOrderParser.Order(ClosedOrder[..150]).Error!.Kind);
    }

    [Fact]
    public void Order_MarketBuy_AmountIsQuoteSoQuantityIsUnknown()
    {
        var json = ClosedOrder.Replace("\"type\":\"limit\"", "\"type\":\"market\"").Replace("\"amount\":\"0.001\"", "\"amount\":\"63.4693\"")
            .Replace("\"time_in_force\":\"gtc\"", "\"time_in_force\":\"ioc\"");

        var order = GateOrderParser.Order(json).Value;

        Assert.Equal(OrderType.Market, order.Type);
        Assert.Null(order.Quantity);
        Assert.Null(order.Price);
        Assert.Equal(0.001m, order.FilledQuantity);
        Assert.Equal(63.4693m, order.FilledQuote);
    }

    private const string PriceOrder = """
        {"trigger":{"price":"100","rule":"<=","expiration":3600},"put":{"type":"limit","side":"sell","price":"99.5","amount":"2.00000000",
        "account":"normal","time_in_force":"gtc","text":"t-qabS0"},"id":1283293,"user":1234,"market":"GT_USDT","ctime":1616397800,
        "ftime":1616397801,"fired_order_id":0,"status":"open","reason":""}
        """;

    [Fact]
    public void PriceOrder_DocumentedOpenTrigger_IsNewStopLimit()
    {
        var view = GateOrderParser.PriceOrder(PriceOrder).Value;

        Assert.Null(view.FiredOrderId);
        Assert.Equal(new ExchangeOrderId("1283293"), view.Snapshot.ExchangeOrderId);
        Assert.Equal(OrderType.StopLimit, view.Snapshot.Type);
        Assert.Equal(OrderStatus.New, view.Snapshot.Status);
        Assert.Equal(OrderSide.Sell, view.Snapshot.Side);
        Assert.Equal(100m, view.Snapshot.StopPrice);
        Assert.Equal(99.5m, view.Snapshot.Price);
        Assert.Equal(2m, view.Snapshot.Quantity);
        Assert.Equal(ClientOrderId.Foreign("qabS0"), view.Snapshot.ClientOrderId);
        Assert.Equal(1616397800000, view.Snapshot.CreatedMs);
    }

    [Theory]
    [InlineData("cancelled", OrderStatus.Canceled)]
    [InlineData("failed", OrderStatus.Rejected)]
    [InlineData("expired", OrderStatus.Expired)]
    public void PriceOrder_FinalStatuses_Map(string status, OrderStatus expected)
    {
        var view = GateOrderParser.PriceOrder(PriceOrder.Replace("\"status\":\"open\"", $"\"status\":\"{status}\"")).Value;

        Assert.Equal(expected, view.Snapshot.Status);
    }

    [Theory]
    [InlineData("finish")]
    [InlineData("finished")]
    public void PriceOrder_Fired_NamesThePlacedOrder(string status)
    {
        var json = PriceOrder.Replace("\"status\":\"open\"", $"\"status\":\"{status}\"").Replace("\"fired_order_id\":0", "\"fired_order_id\":4128442423");

        Assert.Equal("4128442423", GateOrderParser.PriceOrder(json).Value.FiredOrderId);
    }

    [Theory]
    [InlineData("\"status\":\"open\"", "\"status\":\"paused\"")]
    [InlineData("\"rule\":\"<=\"", "\"rule\":\"<\"")]
    [InlineData("\"status\":\"open\"", "\"status\":\"finish\"")]
    public void PriceOrder_UnknownValueOrFiredWithoutOrder_FailsLoudly(string from, string to)
    {
        Assert.Equal(ErrorKind.MalformedResponse, GateOrderParser.PriceOrder(PriceOrder.Replace(from, to)).Error!.Kind);
    }

    [Fact]
    public void PricePlaced_DocumentedResponse_GivesId()
    {
        Assert.Equal(new ExchangeOrderId("1432329"), GateOrderParser.PricePlaced("""{"id":1432329}""").Value);
    }

    [Fact]
    public void Fills_DocumentedTrade_MapsMakerFillWithClientId()
    {
        const string json = """
            [{"id":"1232893232","create_time":"1548000000","create_time_ms":"1548000000123.456","order_id":"4128442423","side":"buy","role":"maker",
              "amount":"0.15","price":"0.03","fee":"0.0005","fee_currency":"ETH","point_fee":"0","gt_fee":"0","sequence_id":"588018","text":"t-test"}]
            """;

        var fill = Assert.Single(GateOrderParser.Fills(json, new Symbol("ETH", "BTC")).Value);

        Assert.Equal("1232893232", fill.TradeId);
        Assert.Equal(new ExchangeOrderId("4128442423"), fill.ExchangeOrderId);
        Assert.Equal(ClientOrderId.Foreign("test"), fill.ClientOrderId);
        Assert.True(fill.IsMaker);
        Assert.Equal(0.15m, fill.Quantity);
        Assert.Equal(0.03m, fill.Price);
        Assert.Equal(1548000000123, fill.TimeMs);
    }

    [Fact]
    public void KeyReport_AccountDetail_ReportsIpsAndMarksPermissionsUnknown()
    {
        const string json = """{"user_id":1667201533,"ip_whitelist":["127.0.0.1"],"currency_pairs":["BTC_USDT"],"key":{"mode":1},"tier":2}""";

        var report = GateOrderParser.KeyReport(json).Value;

        Assert.Equal(Permission.Granted, report.Read);
        Assert.Equal(Permission.Unknown, report.SpotTrade);
        Assert.Equal(Permission.Unknown, report.Withdraw);
        Assert.Equal(Permission.Unknown, report.Transfer);
        Assert.Equal(Permission.Unknown, report.Margin);
        Assert.Equal(Permission.Unknown, report.Derivatives);
        Assert.Equal(Permission.Granted, report.IpRestricted);
        Assert.Equal(["127.0.0.1"], report.AllowedIps);
        Assert.NotNull(report.Note);
    }

    [Fact]
    public void KeyReport_NoWhitelist_IsNotIpRestricted()
    {
        var report = GateOrderParser.KeyReport("""{"user_id":1,"ip_whitelist":[]}""").Value;

        Assert.Equal(Permission.Denied, report.IpRestricted);
    }

    [Fact]
    public void OpenOrdersAll_GroupedByPair_FlattensEveryOrder()
    {
        var open = ClosedOrder.Replace("\"status\":\"closed\"", "\"status\":\"open\"").Replace("\"finish_as\":\"filled\"", "\"finish_as\":\"open\"")
            .Replace("\"filled_amount\":\"0.001\"", "\"filled_amount\":\"0\"");
        var json = $"[{{\"currency_pair\":\"BTC_USDT\",\"total\":2,\"orders\":[{open},{open.Replace("1852454420", "1852454421")}]}}]";

        var orders = GateOrderParser.OpenOrdersAll(json).Value;

        Assert.Equal(["1852454420", "1852454421"], orders.Select(o => o.ExchangeOrderId.Value));
        Assert.All(orders, o => Assert.Equal(OrderStatus.New, o.Status));
    }
}
