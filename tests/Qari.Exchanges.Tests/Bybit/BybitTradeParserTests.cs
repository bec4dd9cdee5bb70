using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Bybit;
using Qari.Model.Orders;
using Qari.Model.Results;

namespace Qari.Exchanges.Tests.Bybit;

public class BybitTradeParserTests
{
    [Fact]
    public void ParseAck_DocExample_ReturnsBothIds()
    {
        var (id, link) = BybitTradeParser.ParseAck(BybitDocExamples.CreateOrder, "order/create").Value;
        Assert.Equal("1321003749386327552", id.Value);
        Assert.Equal("spot-test-postonly", link);
    }

    [Fact]
    public void ParseAck_ErrorEnvelope_IsTypedError() =>
        Assert.Equal(ErrorKind.InsufficientBalance, BybitTradeParser.ParseAck(BybitDocExamples.InsufficientBalance, "order/create").Error!.Kind);

    [Fact]
    public void ParseOrders_DocExample_MapsPartialFill()
    {
        var (orders, cursor) = BybitTradeParser.ParseOrders(BybitDocExamples.RealtimeOrders, new BybitSymbolMapper()).Value;
        var o = Assert.Single(orders);
        Assert.Equal(("test-000005", OrderStatus.PartiallyFilled, OrderType.Limit, OrderSide.Buy), (o.ClientOrderId!.Value.Value, o.Status, o.Type, o.Side));
        Assert.Equal((1600m, 0.10m, 0.06m, 1600m, 96m), (o.Price!.Value, o.Quantity!.Value, o.FilledQuantity, o.AverageFillPrice!.Value, o.FilledQuote));
        Assert.Null(o.StopPrice);
        Assert.Equal(1684738540559, o.CreatedMs);
        Assert.NotNull(cursor);
    }

    [Fact]
    public void ToSnapshot_TpslMarketSell_IsStopMarketWithTrigger()
    {
        var json = BybitDocExamples.RealtimeOrders
            .Replace("\"orderStatus\":\"PartiallyFilled\"", "\"orderStatus\":\"Untriggered\"", StringComparison.Ordinal)
            .Replace("\"side\":\"Buy\"", "\"side\":\"Sell\"", StringComparison.Ordinal)
            .Replace("\"orderType\":\"Limit\"", "\"orderType\":\"Market\"", StringComparison.Ordinal)
            .Replace("\"stopOrderType\":\"\"", "\"stopOrderType\":\"tpslOrder\"", StringComparison.Ordinal)
            .Replace("\"triggerPrice\":\"0.00\"", "\"triggerPrice\":\"1500.5\"", StringComparison.Ordinal);
        var o = Assert.Single(BybitTradeParser.ParseOrders(json, new BybitSymbolMapper()).Value.Orders);
        Assert.Equal((OrderType.StopMarket, OrderStatus.New, 1500.5m), (o.Type, o.Status, o.StopPrice!.Value));
        Assert.Null(o.Price);
    }

    [Fact]
    public void ToSnapshot_MarketBuyDefaultUnit_HasNoBaseQuantity()
    {
        var json = BybitDocExamples.RealtimeOrders.Replace("\"orderType\":\"Limit\"", "\"orderType\":\"Market\"", StringComparison.Ordinal);
        var o = Assert.Single(BybitTradeParser.ParseOrders(json, new BybitSymbolMapper()).Value.Orders);
        Assert.Null(o.Quantity);
    }

    [Theory]
    [InlineData("Market", "IOC", "PartiallyFilledCanceled", OrderStatus.Expired)]
    [InlineData("Limit", "FOK", "Cancelled", OrderStatus.Expired)]
    [InlineData("Limit", "GTC", "PartiallyFilledCanceled", OrderStatus.Canceled)]
    [InlineData("Limit", "GTC", "Cancelled", OrderStatus.Canceled)]
    public void ToSnapshot_CancelledRemainder_IsExpiredOnlyForImmediateOrders(string type, string tif, string status, OrderStatus expected)
    {
        var json = BybitDocExamples.RealtimeOrders
            .Replace("\"orderType\":\"Limit\"", $"\"orderType\":\"{type}\"", StringComparison.Ordinal)
            .Replace("\"timeInForce\":\"GTC\"", $"\"timeInForce\":\"{tif}\"", StringComparison.Ordinal)
            .Replace("\"orderStatus\":\"PartiallyFilled\"", $"\"orderStatus\":\"{status}\"", StringComparison.Ordinal);
        Assert.Equal(expected, Assert.Single(BybitTradeParser.ParseOrders(json, new BybitSymbolMapper()).Value.Orders).Status);
    }

    [Fact]
    public void ParseOrders_UnknownStatus_FailsLoudly()
    {
        var json = BybitDocExamples.RealtimeOrders.Replace("PartiallyFilled", "Sleeping", StringComparison.Ordinal);
        Assert.Equal(ErrorKind.MalformedResponse, BybitTradeParser.ParseOrders(json, new BybitSymbolMapper()).Error!.Kind);
    }

    [Fact]
    public void ParseFills_DocExample_ReadsFeeInFeeCurrency()
    {
        var f = Assert.Single(BybitTradeParser.ParseFills(BybitDocExamples.Executions, new BybitSymbolMapper()).Value.Fills);
        Assert.Equal(("e0cbe81d-0f18-5866-9415-cf319b5dab3b", 16800.01m, 0.0001m, 0.00000006m, "BTC", false, 1672282722429),
            (f.TradeId, f.Price, f.Quantity, f.Fee, f.FeeAsset, f.IsMaker, f.TimeMs));
        Assert.Null(f.ClientOrderId);
    }

    [Fact]
    public void ParseBalances_DocExample_FreeIsWalletMinusLocked()
    {
        var b = Assert.Single(BybitTradeParser.ParseBalances(BybitDocExamples.WalletBalance).Value);
        Assert.Equal(new Balance("BTC", 0.3m, 0.2m), b);
    }

    [Fact]
    public void ParseKeyReport_DocExample_FlagsTransferAndDerivativesAndNoIpBinding()
    {
        var k = BybitTradeParser.ParseKeyReport(BybitDocExamples.QueryApi).Value;
        Assert.Equal(Permission.Granted, k.SpotTrade);
        Assert.Equal(Permission.Denied, k.Withdraw);
        Assert.Equal(Permission.Granted, k.Transfer);
        Assert.Equal(Permission.Granted, k.Derivatives);
        Assert.Equal(Permission.Denied, k.IpRestricted);
        Assert.Equal(["transfer", "futures/derivatives"], k.DangerousPermissions());
    }

    [Fact]
    public void ParseKeyReport_SpotOnlyIpBoundKey_IsSafe()
    {
        var json = BybitDocExamples.QueryApi
            .Replace("\"ContractTrade\":[\"Order\",\"Position\"]", "\"ContractTrade\":[]", StringComparison.Ordinal)
            .Replace("\"Wallet\":[\"AccountTransfer\",\"SubMemberTransfer\"]", "\"Wallet\":[]", StringComparison.Ordinal)
            .Replace("\"Options\":[\"OptionsTrade\"]", "\"Options\":[]", StringComparison.Ordinal)
            .Replace("\"ips\":[\"*\"]", "\"ips\":[\"203.0.113.7\"]", StringComparison.Ordinal);
        var k = BybitTradeParser.ParseKeyReport(json).Value;
        Assert.Empty(k.DangerousPermissions());
        Assert.Equal(Permission.Granted, k.IpRestricted);
        Assert.Equal(["203.0.113.7"], k.AllowedIps);
    }

    [Theory]
    [InlineData("{\"retCode\":0,\"result\":{\"list\":[{\"orderId\":\"1\",\"symbol\":\"BTCUSDT\",\"side\":\"Buy\",\"orderStatus\":\"New\",\"orderType\":\"Limit\",\"qty\":\"abc\",\"createdTime\":\"1\",\"updatedTime\":\"1\"}]}}")]
    [InlineData("{\"retCode\":0,\"result\":{\"list\":[{\"orderId\":\"1\",\"symbol\":\"BTCUSDT\",\"side\":\"Up\",\"orderStatus\":\"New\",\"orderType\":\"Limit\",\"createdTime\":\"1\",\"updatedTime\":\"1\"}]}}")]
    [InlineData("{\"retCode\":0,\"result\":{\"list\":[{\"orderId\":\"1\",\"symbol\":\"BTCUSDT\",\"side\":\"Buy\",\"orderStatus\":\"New\",\"orderType\":\"Iceberg\",\"createdTime\":\"1\",\"updatedTime\":\"1\"}]}}")]
    [InlineData("{\"retCode\":0,\"result\":{\"list\":[{\"orderId\":")]
    public void ParseOrders_BadRows_YieldMalformed(string json) =>
        Assert.Equal(ErrorKind.MalformedResponse, BybitTradeParser.ParseOrders(json, new BybitSymbolMapper()).Error!.Kind);
}
