using Qari.Exchanges.Gate;
using Qari.Model.Ids;
using Qari.Model.Instruments;
using Qari.Model.Market;
using Qari.Model.Results;

namespace Qari.Exchanges.Tests.Gate;

// Response shapes and values from Gate's APIv4 documentation examples.
public class GateParserTests
{
    [Fact]
    public void ServerTime_DocumentedResponse_IsMilliseconds()
    {
        Assert.Equal(1597026383085, GateParser.ServerTime("""{"server_time":1597026383085}""").Value.ToUnixTimeMilliseconds());
    }

    [Fact]
    public void Instruments_DocumentedPair_ConvertsDecimalCountsToSteps()
    {
        const string json = """
            [{"id":"ETH_USDT","base":"ETH","base_name":"Ethereum","quote":"USDT","quote_name":"Tether","fee":"0.2","min_base_amount":"0.001",
            "min_quote_amount":"1.0","max_base_amount":"10000","max_quote_amount":"10000000","amount_precision":3,"precision":6,
            "trade_status":"tradable","sell_start":1516378650,"buy_start":1516378650,"delisting_time":0,"trade_url":"https://www.gate.io/trade/BTC_USDT","st_tag":false}]
            """;

        var instrument = Assert.Single(GateParser.Instruments(json).Value);

        Assert.Equal(new Symbol("ETH", "USDT"), instrument.Symbol);
        Assert.Equal("ETH_USDT", instrument.ExchangeSymbol);
        Assert.Equal(0.000001m, instrument.Rules.TickSize);
        Assert.Equal(0.001m, instrument.Rules.LotStep);
        Assert.Equal(0.001m, instrument.Rules.MinQuantity);
        Assert.Equal(1.0m, instrument.Rules.MinNotional);
        Assert.Equal(10000m, instrument.Rules.MaxQuantity);
        Assert.Equal(TradingStatus.Trading, instrument.Status);
    }

    [Theory]
    [InlineData("untradable", TradingStatus.Halted)]
    [InlineData("buyable", TradingStatus.Halted)]
    [InlineData("sellable", TradingStatus.Halted)]
    public void Instruments_TradeStatus_Maps(string tradeStatus, TradingStatus expected)
    {
        var json = $$"""[{"id":"ETH_USDT","base":"ETH","quote":"USDT","amount_precision":3,"precision":6,"trade_status":"{{tradeStatus}}"}]""";

        Assert.Equal(expected, Assert.Single(GateParser.Instruments(json).Value).Status);
    }

    [Fact]
    public void Instruments_UnknownTradeStatus_FailsLoudly()
    {
        const string json = """[{"id":"ETH_USDT","base":"ETH","quote":"USDT","amount_precision":3,"precision":6,"trade_status":"paused"}]""";

        Assert.Equal(ErrorKind.MalformedResponse, GateParser.Instruments(json).Error!.Kind);
    }

    [Fact]
    public void Candles_DocumentedLayout_QuoteVolumeSecondAndOpenSixth()
    {
        const string json = """
            [["1539852480","971519.677","0.0021724","0.0021922","0.0021724","0.0021737","446.6","true"],
             ["1539852540","100.5","0.0021800","0.0021900","0.0021700","0.0021724","46.2","false"]]
            """;

        var candles = GateParser.Candles(json).Value;

        Assert.Equal([1539852480000L, 1539852540000L], candles.Select(c => c.OpenTimeMs));
        var first = candles[0];
        Assert.Equal(0.0021737m, first.Open);
        Assert.Equal(0.0021922m, first.High);
        Assert.Equal(0.0021724m, first.Low);
        Assert.Equal(0.0021724m, first.Close);
        Assert.Equal(446.6m, first.Volume);
        Assert.Equal(971519.677m, first.QuoteVolume);
        Assert.All(candles, c => Assert.Null(c.Problem()));
    }

    [Fact]
    public void OrderBook_DocumentedBook_KeepsOrderAndCurrentTime()
    {
        const string json = """
            {"id":123456,"current":1623898993123,"update":1623898993121,"asks":[["1.52","1.151"],["1.53","1.218"]],"bids":[["1.17","201.863"],["1.16","725.464"]]}
            """;

        var book = GateParser.OrderBook(json, new Symbol("GT", "USDT"), 10).Value;

        Assert.Equal(1623898993123, book.TimeMs);
        Assert.Equal([new BookLevel(1.17m, 201.863m), new BookLevel(1.16m, 725.464m)], book.Bids);
        Assert.Equal([new BookLevel(1.52m, 1.151m), new BookLevel(1.53m, 1.218m)], book.Asks);
    }

    [Fact]
    public void Tickers_DocumentedTicker_MapsAndToleratesEmptyBidAsk()
    {
        const string json = """
            [{"currency_pair":"BTC3L_USDT","last":"2.46140352","lowest_ask":"2.477","highest_bid":"2.4606821","change_percentage":"-8.91",
              "base_volume":"656614.0845820589","quote_volume":"1602221.66468375534639404191","high_24h":"2.7431","low_24h":"1.9863742"},
             {"currency_pair":"NEW_USDT","last":"1.5","lowest_ask":"","highest_bid":"","base_volume":"0","quote_volume":"0"},
             {"currency_pair":"DEAD_USDT","last":"","lowest_ask":"","highest_bid":""}]
            """;

        var tickers = GateParser.Tickers(json, 1700000000000).Value;

        Assert.Equal(2, tickers.Count);
        Assert.Equal(2.4606821m, tickers[0].Bid);
        Assert.Equal(2.477m, tickers[0].Ask);
        Assert.Equal(2.46140352m, tickers[0].Last);
        Assert.Equal(1602221.66468375534639404191m, tickers[0].QuoteVolume24h);
        Assert.Equal(0m, tickers[1].Bid);
        Assert.Null(tickers[1].RelativeSpread);
    }

    [Fact]
    public void Balances_DocumentedAccounts_MapFreeAndLocked()
    {
        var balance = Assert.Single(GateParser.Balances("""[{"currency":"ETH","available":"968.8","locked":"0.5","update_id":98}]""").Value);

        Assert.Equal(new Qari.Exchanges.Abstractions.Balance("ETH", 968.8m, 0.5m), balance);
    }

    [Theory]
    [InlineData("")]
    [InlineData("[[\"1539852480\",\"971519.677\",\"0.0021724\"")]
    [InlineData("{}")]
    [InlineData("[[\"1539852480\",\"1\",\"1\"]]")]
    [InlineData("[[\"t\",\"1\",\"1\",\"1\",\"1\",\"1\",\"1\",\"true\"]]")]
    public void Candles_MalformedOrTruncated_IsMalformedResponse(string json)
    {
        Assert.Equal(ErrorKind.MalformedResponse, GateParser.Candles(json).Error!.Kind);
    }

    [Fact]
    public void Balances_ErrorBody_IsMappedError()
    {
        var result = GateParser.Balances("""{"label":"INVALID_SIGNATURE","message":"Signature mismatch"}""");

        Assert.Equal(ErrorKind.InvalidKey, result.Error!.Kind);
        Assert.Equal("INVALID_SIGNATURE", result.Error.Code);
    }
}
