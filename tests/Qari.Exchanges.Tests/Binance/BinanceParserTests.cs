using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Binance;
using Qari.Model.Ids;
using Qari.Model.Instruments;
using Qari.Model.Results;

namespace Qari.Exchanges.Tests.Binance;

/// <summary>Binance market-data and account parsers against the example responses of Binance's spot REST docs.</summary>
public sealed class BinanceParserTests
{
    [Fact]
    public void ServerTime_DocExample_ParsesMilliseconds() =>
        Assert.Equal(1499827319559, BinanceParser.ServerTime("""{"serverTime": 1499827319559}""").Value.ToUnixTimeMilliseconds());

    [Fact]
    public void Klines_DocExampleRow_ParsesEveryField()
    {
        const string body = """[[1499040000000,"0.01634790","0.80000000","0.01575800","0.01577100","148976.11427815",1499644799999,"2434.19055334",308,"1756.87402397","28.46694368","0"]]""";
        var candle = Assert.Single(BinanceParser.Klines(body).Value);
        Assert.Equal(1499040000000, candle.OpenTimeMs);
        Assert.Equal(0.01634790m, candle.Open);
        Assert.Equal(0.8m, candle.High);
        Assert.Equal(0.015758m, candle.Low);
        Assert.Equal(0.015771m, candle.Close);
        Assert.Equal(148976.11427815m, candle.Volume);
        Assert.Equal(2434.19055334m, candle.QuoteVolume);
        Assert.Equal(1756.87402397m, candle.TakerBuyVolume);
    }

    [Fact]
    public void Depth_DocExample_ParsesBothSides()
    {
        const string body = """{"lastUpdateId":1027024,"bids":[["4.00000000","431.00000000"]],"asks":[["4.00000200","12.00000000"]]}""";
        var book = BinanceParser.Book(body, new Symbol("BNB", "BTC"), 7).Value;
        Assert.Equal(4m, book.BestBid!.Value.Price);
        Assert.Equal(431m, book.BestBid!.Value.Quantity);
        Assert.Equal(4.000002m, book.BestAsk!.Value.Price);
        Assert.Equal(12m, book.BestAsk!.Value.Quantity);
    }

    [Fact]
    public void Tickers_DocExample24hr_ParsesPricesAndVolumes()
    {
        const string body = """[{"symbol":"BNBBTC","priceChange":"-94.99999800","priceChangePercent":"-95.960","weightedAvgPrice":"0.29628482","prevClosePrice":"0.10002000","lastPrice":"4.00000200","lastQty":"200.00000000","bidPrice":"4.00000000","bidQty":"100.00000000","askPrice":"4.00000200","askQty":"100.00000000","openPrice":"99.00000000","highPrice":"100.00000000","lowPrice":"0.10000000","volume":"8913.30000000","quoteVolume":"15.30000000","openTime":1499783499040,"closeTime":1499869899040,"firstId":28385,"lastId":28460,"count":76}]""";
        var ticker = Assert.Single(BinanceParser.Tickers(body, new BinanceSymbolMapper()).Value);
        Assert.Equal(new Symbol("BNB", "BTC"), ticker.Symbol);
        Assert.Equal(4.000002m, ticker.Last);
        Assert.Equal(4m, ticker.Bid);
        Assert.Equal(8913.3m, ticker.BaseVolume24h);
        Assert.Equal(15.3m, ticker.QuoteVolume24h);
        Assert.Equal(1499869899040, ticker.TimeMs);
    }

    [Fact]
    public void Balances_DocExampleAccount_ParsesFreeAndLocked()
    {
        const string body = """{"makerCommission":15,"takerCommission":15,"canTrade":true,"accountType":"SPOT","balances":[{"asset":"BTC","free":"4723846.89208129","locked":"0.00000000"},{"asset":"LTC","free":"4763368.68006011","locked":"1.00000000"},{"asset":"XRP","free":"0.00000000","locked":"0.00000000"}],"permissions":["SPOT"]}""";
        var balances = BinanceParser.Balances(body).Value;
        Assert.Equal(2, balances.Count);
        Assert.Equal(new Balance("LTC", 4763368.68006011m, 1m), balances[1]);
    }

    [Fact]
    public void KeyReport_DocExample_MapsEveryFlag()
    {
        const string body = """{"ipRestrict":false,"createTime":1698645219000,"enableReading":true,"enableWithdrawals":false,"enableInternalTransfer":false,"enableMargin":false,"enableFutures":false,"permitsUniversalTransfer":false,"enableVanillaOptions":false,"enableFixApiTrade":false,"enableFixReadOnly":true,"enableSpotAndMarginTrading":false,"enablePortfolioMarginTrading":true}""";
        var report = BinanceParser.KeyReport(body).Value;
        Assert.Equal(Permission.Granted, report.Read);
        Assert.Equal(Permission.Denied, report.SpotTrade);
        Assert.Equal(Permission.Denied, report.Withdraw);
        Assert.Equal(Permission.Denied, report.IpRestricted);
        // Portfolio-margin trading is a derivatives permission: Qari refuses such a key.
        Assert.Equal(Permission.Granted, report.Derivatives);
        Assert.Contains("futures/derivatives", report.DangerousPermissions());
    }

    [Fact]
    public void Instruments_ExchangeInfoWithFilters_ReadsTickLotMinimumsAndStatus()
    {
        const string body = """
            {"timezone":"UTC","serverTime":1565246363776,"rateLimits":[],"exchangeFilters":[],"symbols":[
             {"symbol":"ETHBTC","status":"TRADING","baseAsset":"ETH","baseAssetPrecision":8,"quoteAsset":"BTC","quotePrecision":8,"quoteAssetPrecision":8,
              "orderTypes":["LIMIT","LIMIT_MAKER","MARKET","STOP_LOSS","STOP_LOSS_LIMIT","TAKE_PROFIT","TAKE_PROFIT_LIMIT"],"isSpotTradingAllowed":true,
              "filters":[{"filterType":"PRICE_FILTER","minPrice":"0.00000100","maxPrice":"100000.00000000","tickSize":"0.00000100"},
                         {"filterType":"LOT_SIZE","minQty":"0.00100000","maxQty":"100000.00000000","stepSize":"0.00100000"},
                         {"filterType":"NOTIONAL","minNotional":"0.00010000","applyMinToMarket":true,"maxNotional":"9000000.00000000","applyMaxToMarket":false,"avgPriceMins":5}]},
             {"symbol":"BNBBTC","status":"BREAK","baseAsset":"BNB","quoteAsset":"BTC","isSpotTradingAllowed":true,"filters":[]}]}
            """;
        var mapper = new BinanceSymbolMapper();
        var instruments = BinanceParser.Instruments(body, mapper).Value;
        var eth = instruments[0];
        Assert.Equal(new Symbol("ETH", "BTC"), eth.Symbol);
        Assert.Equal("ETHBTC", eth.ExchangeSymbol);
        Assert.Equal(new InstrumentRules(0.000001m, 0.001m, 0.001m, 0.0001m, 100000m), eth.Rules);
        Assert.Equal(TradingStatus.Maintenance, instruments[1].Status);
        Assert.True(mapper.TryFromExchange("BNBBTC", out var bnb));
        Assert.Equal(new Symbol("BNB", "BTC"), bnb);
    }

    [Fact]
    public void Instruments_UnknownSymbolStatus_IsMalformedNotDefaulted()
    {
        var result = BinanceParser.Instruments("""{"symbols":[{"symbol":"ETHBTC","status":"SOMETHING_NEW","baseAsset":"ETH","quoteAsset":"BTC","filters":[]}]}""", new BinanceSymbolMapper());
        Assert.Equal(ErrorKind.MalformedResponse, result.Error!.Kind);
        Assert.Contains("SOMETHING_NEW", result.Error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""[[1499040000000,"0.01634790","0.80000000""")]
    [InlineData("""{"serverTime": """)]
    [InlineData("")]
    [InlineData("<html>502 Bad Gateway</html>")]
    [InlineData("""[[1499040000000,"abc","0.8","0.01","0.01","1",1499644799999,"1",1,"1","1","0"]]""")]
    [InlineData("""[[1499040000000,"0.01"]]""")]
    [InlineData("""{"not":"an array"}""")]
    public void Klines_MalformedOrTruncated_IsTypedErrorNamingTheEndpoint(string body)
    {
        var result = BinanceParser.Klines(body);
        Assert.Equal(ErrorKind.MalformedResponse, result.Error!.Kind);
        Assert.Contains("binance klines", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ServerTime_Truncated_IsMalformed() =>
        Assert.Equal(ErrorKind.MalformedResponse, BinanceParser.ServerTime("""{"serverTime": 14998""" ).Error!.Kind);

    [Fact]
    public void Error_BinanceErrorBody_ReadsCodeAndMessage() =>
        Assert.Equal(("-1121", "Invalid symbol."), BinanceParser.Error("""{"code":-1121,"msg":"Invalid symbol."}"""));

    [Fact]
    public void Error_NotAnErrorBody_IsNull() => Assert.Null(BinanceParser.Error("<html>"));
}
