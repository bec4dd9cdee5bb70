using Qari.Exchanges.Kucoin;
using Qari.Model.Ids;
using Qari.Model.Instruments;
using Qari.Model.Results;

namespace Qari.Exchanges.Tests.Kucoin;

// Example responses from KuCoin's API documentation (the universal SDK's documented examples).
public class KucoinParserTests
{
    [Fact]
    public void ServerTime_DocumentedResponse_IsMilliseconds()
    {
        var time = KucoinParser.ServerTime("""{"code":"200000","data":1729100692873}""");

        Assert.Equal(1729100692873, time.Value.ToUnixTimeMilliseconds());
    }

    [Fact]
    public void Instruments_DocumentedSymbol_MapsIncrementsToRules()
    {
        const string json = """
            {"code":"200000","data":[{"symbol":"BTC-USDT","name":"BTC-USDT","baseCurrency":"BTC","quoteCurrency":"USDT","feeCurrency":"USDT","market":"USDS",
            "baseMinSize":"0.00001","quoteMinSize":"0.1","baseMaxSize":"10000000000","quoteMaxSize":"99999999","baseIncrement":"0.00000001",
            "quoteIncrement":"0.000001","priceIncrement":"0.1","priceLimitRate":"0.1","minFunds":"0.1","isMarginEnabled":true,"enableTrading":true,
            "feeCategory":1,"makerFeeCoefficient":"1.00","takerFeeCoefficient":"1.00","st":false}]}
            """;

        var instrument = Assert.Single(KucoinParser.Instruments(json).Value);

        Assert.Equal(new Symbol("BTC", "USDT"), instrument.Symbol);
        Assert.Equal("BTC-USDT", instrument.ExchangeSymbol);
        Assert.Equal(0.1m, instrument.Rules.TickSize);
        Assert.Equal(0.00000001m, instrument.Rules.LotStep);
        Assert.Equal(0.00001m, instrument.Rules.MinQuantity);
        Assert.Equal(0.1m, instrument.Rules.MinNotional);
        Assert.Equal(TradingStatus.Trading, instrument.Status);
    }

    [Fact]
    public void Candles_DocumentedRows_AreCloseBeforeHighAndReturnedOldestFirst()
    {
        const string json = """
            {"code":"200000","data":[
              ["1566789720","10411.5","10401.9","10411.5","10396.3","29.11357276","302889.301529914"],
              ["1566789660","10416","10411.5","10422.3","10411.5","15.61781842","162703.708997029"],
              ["1566789600","10408.6","10416","10416","10405.4","12.45584973","129666.51508559"]]}
            """;

        var candles = KucoinParser.Candles(json).Value;

        Assert.Equal([1566789600000L, 1566789660000L, 1566789720000L], candles.Select(c => c.OpenTimeMs));
        var newest = candles[^1];
        Assert.Equal(10411.5m, newest.Open);
        Assert.Equal(10401.9m, newest.Close);
        Assert.Equal(10411.5m, newest.High);
        Assert.Equal(10396.3m, newest.Low);
        Assert.Equal(29.11357276m, newest.Volume);
        Assert.Equal(302889.301529914m, newest.QuoteVolume);
        Assert.All(candles, c => Assert.Null(c.Problem()));
    }

    [Fact]
    public void OrderBook_DocumentedPartBook_KeepsBestFirstAndDepth()
    {
        const string json = """
            {"code":"200000","data":{"time":1729176273859,"sequence":"14610502970",
            "bids":[["66976.4","0.69109872"],["66976.3","0.14377"]],"asks":[["66976.5","0.05408199"],["66976.8","0.0005"]]}}
            """;

        var book = KucoinParser.OrderBook(json, new Symbol("BTC", "USDT"), 1).Value;

        Assert.Equal(1729176273859, book.TimeMs);
        Assert.Equal(new Model.Market.BookLevel(66976.4m, 0.69109872m), Assert.Single(book.Bids));
        Assert.Equal(new Model.Market.BookLevel(66976.5m, 0.05408199m), Assert.Single(book.Asks));
    }

    [Fact]
    public void Tickers_DocumentedAllTickers_MapsBidAskLastAndVolumes()
    {
        const string json = """
            {"code":"200000","data":{"time":1729173207043,"ticker":[{"symbol":"BTC-USDT","symbolName":"BTC-USDT","buy":"67192.5",
            "bestBidSize":"0.000025","sell":"67192.6","bestAskSize":"1.24949204","changeRate":"-0.0014","changePrice":"-98.5","high":"68321.4",
            "low":"66683.3","vol":"1836.03034612","volValue":"124068431.06726933","last":"67193","averagePrice":"67281.21437289",
            "takerFeeRate":"0.001","makerFeeRate":"0.001","takerCoefficient":"1","makerCoefficient":"1"}]}}
            """;

        var ticker = Assert.Single(KucoinParser.Tickers(json).Value);

        Assert.Equal(67192.5m, ticker.Bid);
        Assert.Equal(67192.6m, ticker.Ask);
        Assert.Equal(67193m, ticker.Last);
        Assert.Equal(1836.03034612m, ticker.BaseVolume24h);
        Assert.Equal(124068431.06726933m, ticker.QuoteVolume24h);
        Assert.Equal(1729173207043, ticker.TimeMs);
    }

    [Fact]
    public void Balances_AccountsOfSeveralTypes_KeepsOnlyTradeAccounts()
    {
        const string json = """
            {"code":"200000","data":[
              {"id":"5bd6e9286d99522a52e458de","currency":"BTC","type":"main","balance":"0.5","available":"0.5","holds":"0"},
              {"id":"5bd6e9216d99522a52e458d6","currency":"BTC","type":"trade","balance":"1.2","available":"1.0","holds":"0.2"}]}
            """;

        var balance = Assert.Single(KucoinParser.Balances(json).Value);

        Assert.Equal(new Qari.Exchanges.Abstractions.Balance("BTC", 1.0m, 0.2m), balance);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"code\":\"200000\",\"data\":[[\"1566789720\",\"10411.5\"")]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("{\"code\":\"200000\"}")]
    [InlineData("{\"code\":\"200000\",\"data\":[[\"1566789720\",\"x\",\"1\",\"1\",\"1\",\"1\",\"1\"]]}")]
    [InlineData("{\"code\":\"200000\",\"data\":[[\"1566789720\",\"1\",\"1\"]]}")]
    public void Candles_MalformedOrTruncated_IsMalformedResponse(string json)
    {
        var result = KucoinParser.Candles(json);

        Assert.False(result.IsSuccess);
        Assert.Equal(ErrorKind.MalformedResponse, result.Error.Kind);
    }

    [Fact]
    public void Instruments_MissingRequiredField_IsMalformedResponse()
    {
        var result = KucoinParser.Instruments("""{"code":"200000","data":[{"symbol":"BTC-USDT","baseCurrency":"BTC"}]}""");

        Assert.Equal(ErrorKind.MalformedResponse, result.Error!.Kind);
    }

    [Fact]
    public void Balances_ErrorEnvelope_IsMappedError()
    {
        var result = KucoinParser.Balances("""{"code":"400005","msg":"Invalid KC-API-SIGN"}""");

        Assert.Equal(ErrorKind.InvalidKey, result.Error!.Kind);
        Assert.Equal("400005", result.Error.Code);
    }
}
