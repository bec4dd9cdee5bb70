using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Kraken;
using Qari.Model.Ids;
using Qari.Model.Instruments;
using Qari.Model.Orders;
using Qari.Model.Results;

namespace Qari.Exchanges.Tests.Kraken;

public sealed class KrakenParserTests
{
    private static readonly Symbol BtcUsd = new("BTC", "USD");

    [Fact]
    public void Envelope_Error_ListsTheErrors()
    {
        var e = KrakenParser.Envelope("{\"error\":[\"EGeneral:Invalid arguments\"],\"result\":{}}");
        Assert.Equal("EGeneral:Invalid arguments", Assert.Single(e!.Value.Errors));
    }

    [Fact]
    public void Split_ErrorWithDetail_KeepsTheFirstTwoSegmentsAsCode() =>
        Assert.Equal("EOrder:Invalid price", KrakenErrorTable.Split("EOrder:Invalid price:XBTUSD price can only be specified up to 1 decimals.").Code);

    [Fact]
    public void Instruments_DocumentedXbtUsdPair_MapsXbtToBtcAndTickAndLotDecimals()
    {
        const string result = """
            {"XXBTZUSD":{"altname":"XBTUSD","wsname":"XBT/USD","aclass_base":"currency","base":"XXBT","aclass_quote":"currency","quote":"ZUSD",
             "lot":"unit","cost_decimals":5,"pair_decimals":1,"lot_decimals":8,"lot_multiplier":1,"ordermin":"0.0001","costmin":"0.5","tick_size":"0.1","status":"online"}}
            """;
        var mapper = new KrakenSymbolMapper();
        var btc = Assert.Single(Ok(KrakenParser.Instruments(result, mapper)));
        Assert.Equal(BtcUsd, btc.Symbol);
        Assert.Equal("XBTUSD", btc.ExchangeSymbol);
        Assert.Equal(new InstrumentRules(0.1m, 0.00000001m, 0.0001m, 0.5m), btc.Rules);
        Assert.Equal("XBTUSD", mapper.ToExchange(BtcUsd));
        Assert.True(mapper.TryFromExchange("XXBTZUSD", out var fromId) && fromId == BtcUsd);
    }

    [Theory]
    [InlineData("XXBT", "BTC")]
    [InlineData("XBT", "BTC")]
    [InlineData("ZUSD", "USD")]
    [InlineData("XXDG", "DOGE")]
    [InlineData("USDT", "USDT")]
    [InlineData("XETH", "ETH")]
    public void FromKrakenAsset_LegacyCodes_AreNormalised(string kraken, string common) =>
        Assert.Equal(common, KrakenSymbolMapper.FromKrakenAsset(kraken));

    [Fact]
    public void Balances_StakedVariantsSkippedAndHoldIsLocked()
    {
        var balances = Ok(KrakenParser.Balances("""{"ZUSD":{"balance":"100.5","hold_trade":"20"},"DOT.S":{"balance":"5","hold_trade":"0"}}"""));
        Assert.Equal(new Balance("USD", 80.5m, 20m), Assert.Single(balances));
    }

    [Fact]
    public void Candles_DocumentedRows_AreSecondsToMsAndVwapTimesVolumeIsQuoteVolume()
    {
        const string result = """{"XXBTZUSD":[[1688671200,"30306.1","30306.2","30305.7","30305.7","30306.1","3.39243896",23]],"last":1688672160}""";
        var c = Assert.Single(Ok(KrakenParser.Candles(result)));
        Assert.Equal(1688671200000L, c.OpenTimeMs);
        Assert.Equal(30305.7m, c.Close);
        Assert.Equal(3.39243896m * 30306.1m, c.QuoteVolume);
    }

    [Fact]
    public void Candles_Truncated_IsMalformed() =>
        Assert.Equal(ErrorKind.MalformedResponse, KrakenParser.Candles("{\"XXBTZUSD\":[[1688671200,\"30306.1\"").Error!.Kind);

    [Fact]
    public void Orders_DocumentedQueryOrdersStopLossLimit_HasTriggerAndLimitPrices()
    {
        const string result = """
            {"OBCMZD-JIEE7-77TH3F":{"refid":null,"userref":0,"cl_ord_id":"qaS0","status":"open","opentm":1688665496.7808,"starttm":0,"expiretm":0,
             "descr":{"pair":"XBTUSD","type":"sell","ordertype":"stop-loss-limit","price":"27500.0","price2":"27400.0","leverage":"none","order":"x","close":""},
             "vol":"1.25000000","vol_exec":"0.00000000","cost":"0.00000","fee":"0.00000","price":"0.00000","stopprice":"0.00000","limitprice":"0.00000","misc":"","oflags":"fciq"}}
            """;
        var o = Assert.Single(Ok(KrakenOrderParser.Orders(result, new KrakenSymbolMapper())));
        Assert.Equal((OrderType.StopLimit, OrderStatus.New, 27500m, 27400m, 1.25m), (o.Type, o.Status, o.StopPrice, o.Price, o.Quantity));
        Assert.Equal(BtcUsd, o.Symbol);
        Assert.Equal(1688665496781L, o.CreatedMs);
    }

    [Theory]
    [InlineData("open", 0, OrderType.Limit, OrderStatus.New)]
    [InlineData("open", 1, OrderType.Limit, OrderStatus.PartiallyFilled)]
    [InlineData("closed", 1, OrderType.Limit, OrderStatus.Filled)]
    [InlineData("canceled", 0, OrderType.Limit, OrderStatus.Canceled)]
    [InlineData("canceled", 1, OrderType.Market, OrderStatus.Expired)]
    [InlineData("expired", 0, OrderType.Limit, OrderStatus.Expired)]
    public void Status_EachValue_MapsExactly(string wire, int executed, OrderType type, OrderStatus expected) =>
        Assert.Equal(expected, KrakenOrderParser.Status(wire, executed, type));

    [Fact]
    public void Orders_UnknownStatus_IsMalformed() =>
        Assert.Equal(ErrorKind.MalformedResponse, KrakenOrderParser.Orders(
            """{"O1":{"status":"weird","opentm":1,"descr":{"pair":"XBTUSD","type":"buy","ordertype":"limit","price":"1"},"vol":"1","vol_exec":"0","cost":"0"}}""",
            new KrakenSymbolMapper()).Error!.Kind);

    [Fact]
    public void KeyReport_DocumentedExample_WithdrawMakesTheKeyDangerous()
    {
        const string result = """
            {"apiKeyName":"my-api-key","apiKey":"4/SDr","nonce":"1772627060997","nonceWindow":0,"permissions":["query-funds","withdraw-funds","query-open-trades","modify-trades"],
             "iban":"AA88 N84G WOAK NMOI","validUntil":"0","queryFrom":"0","queryTo":"0","createdTime":"1772542900","modifiedTime":"1772543095","ipAllowlist":[],"lastUsed":"1772627061"}
            """;
        var report = Ok(KrakenParser.KeyReport(result));
        Assert.Equal((Permission.Granted, Permission.Granted, Permission.Granted, Permission.Denied), (report.Read, report.SpotTrade, report.Withdraw, report.IpRestricted));
        Assert.Equal(Permission.Unknown, report.Margin);
        Assert.Contains("withdraw", report.DangerousPermissions());
    }

    private static T Ok<T>(Result<T> r) => r.IsSuccess ? r.Value : throw new Xunit.Sdk.XunitException(r.Error!.ToString());
}
