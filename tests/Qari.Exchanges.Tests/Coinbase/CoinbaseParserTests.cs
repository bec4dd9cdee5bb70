using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Coinbase;
using Qari.Model.Ids;
using Qari.Model.Instruments;
using Qari.Model.Orders;
using Qari.Model.Results;

namespace Qari.Exchanges.Tests.Coinbase;

public sealed class CoinbaseParserTests
{
    [Fact]
    public void Instruments_DocumentedProduct_UsesIncrementsAndMinimumSizes()
    {
        const string body = """
            {"products":[{"product_id":"BTC-USD","price":"140.21","price_percentage_change_24h":"9.43%","volume_24h":"1908432","base_increment":"0.00000001",
              "quote_increment":"0.01","quote_min_size":"1","quote_max_size":"10000000","base_min_size":"0.00000001","base_max_size":"3400",
              "base_name":"Bitcoin","quote_name":"US Dollar","status":"online","cancel_only":false,"limit_only":false,"post_only":false,
              "trading_disabled":false,"product_type":"SPOT","price_increment":"0.01"}],"num_products":1}
            """;
        var btc = Assert.Single(Ok(CoinbaseParser.Instruments(body)));
        Assert.Equal(new Symbol("BTC", "USD"), btc.Symbol);
        Assert.Equal(new InstrumentRules(0.01m, 0.00000001m, 0.00000001m, 1m, 3400m), btc.Rules);
        Assert.Equal(TradingStatus.Trading, btc.Status);
    }

    [Fact]
    public void Candles_NewestFirstOnTheWire_ComeBackOldestFirstInMs()
    {
        const string body = """{"candles":[{"start":"1639508100","low":"2","high":"4","open":"3","close":"3.5","volume":"10"},{"start":"1639508040","low":"1","high":"3","open":"2","close":"3","volume":"5"}]}""";
        var candles = Ok(CoinbaseParser.Candles(body));
        Assert.Equal([1639508040000L, 1639508100000L], candles.Select(c => c.OpenTimeMs));
        Assert.Equal(3.5m, candles[1].Close);
    }

    [Fact]
    public void Created_Http200SuccessFalse_IsTheTypedFailure()
    {
        const string body = """
            {"success":false,"failure_reason":"UNKNOWN_FAILURE_REASON","order_id":"","error_response":{"error":"INSUFFICIENT_FUND","message":"Insufficient balance in source account",
             "error_details":"","preview_failure_reason":"PREVIEW_INSUFFICIENT_FUND","new_order_failure_reason":"UNKNOWN_FAILURE_REASON"}}
            """;
        Assert.Equal(ErrorKind.InsufficientBalance, CoinbaseOrderParser.Created(body, new CoinbaseErrorTable()).Error!.Kind);
    }

    [Fact]
    public void Created_Success_ReturnsTheOrderId() =>
        Assert.Equal("11111-00000-000000", Ok(CoinbaseOrderParser.Created(
            """{"success":true,"success_response":{"order_id":"11111-00000-000000","product_id":"BTC-USD","side":"BUY","client_order_id":"0000-00000-000000"}}""",
            new CoinbaseErrorTable())));

    [Fact]
    public void Order_DocumentedStopLimit_ReadsConfigurationAndStatus()
    {
        const string body = """
            {"order":{"order_id":"0000-000000-000000","product_id":"BTC-USD","user_id":"2222","order_configuration":{"stop_limit_stop_limit_gtc":
             {"base_size":"0.001","limit_price":"10000.00","stop_price":"20000.00","stop_direction":"STOP_DIRECTION_STOP_DOWN"}},"side":"SELL",
             "client_order_id":"11111-000000-000000","status":"OPEN","time_in_force":"GOOD_UNTIL_CANCELLED","created_time":"2021-05-31T09:59:59Z",
             "completion_percentage":"0","filled_size":"0","average_filled_price":"0","fee":"","number_of_fills":"0","filled_value":"0","pending_cancel":false,
             "size_in_quote":false,"total_fees":"0","trigger_status":"STOP_PENDING","order_type":"STOP_LIMIT","product_type":"SPOT"}}
            """;
        var o = Ok(CoinbaseOrderParser.Order(body, new CoinbaseClientIds()));
        Assert.Equal((OrderType.StopLimit, OrderStatus.New, 20000m, 10000m, 0.001m), (o.Type, o.Status, o.StopPrice, o.Price, o.Quantity));
        Assert.Equal(1622455199000L, o.CreatedMs);
    }

    [Theory]
    [InlineData("OPEN", 0, false, OrderStatus.New)]
    [InlineData("OPEN", 1, false, OrderStatus.PartiallyFilled)]
    [InlineData("FILLED", 1, false, OrderStatus.Filled)]
    [InlineData("CANCELLED", 0, false, OrderStatus.Canceled)]
    [InlineData("CANCELLED", 1, true, OrderStatus.Expired)]
    [InlineData("EXPIRED", 0, false, OrderStatus.Expired)]
    [InlineData("FAILED", 0, false, OrderStatus.Rejected)]
    public void Status_EachValue_MapsExactly(string wire, int filled, bool immediate, OrderStatus expected) =>
        Assert.Equal(expected, CoinbaseOrderParser.Status(wire, filled, immediate));

    [Fact]
    public void Status_UnknownOrderStatus_IsRefused() =>
        Assert.Throws<Qari.Exchanges.Http.WireFormatException>(() => CoinbaseOrderParser.Status("UNKNOWN_ORDER_STATUS", 0, false));

    [Fact]
    public void Order_TruncatedJson_IsMalformed() =>
        Assert.Equal(ErrorKind.MalformedResponse, CoinbaseOrderParser.Order("{\"order\":{\"order_id\":\"1\"", new CoinbaseClientIds()).Error!.Kind);

    [Fact]
    public void KeyReport_CanTransfer_IsDangerousAndIpRestrictionIsUnknown()
    {
        var report = Ok(CoinbaseParser.KeyReport("""{"can_view":true,"can_trade":true,"can_transfer":true,"portfolio_uuid":"p","portfolio_type":"DEFAULT"}"""));
        Assert.Equal(Permission.Granted, report.Withdraw);
        Assert.Equal(Permission.Unknown, report.IpRestricted);
        Assert.Contains("withdraw", report.DangerousPermissions());
    }

    private static T Ok<T>(Result<T> r) => r.IsSuccess ? r.Value : throw new Xunit.Sdk.XunitException(r.Error!.ToString());
}
