using Qari.Exchanges.Bybit;
using Qari.Model.Ids;
using Qari.Model.Instruments;
using Qari.Model.Results;

namespace Qari.Exchanges.Tests.Bybit;

public class BybitParserTests
{
    private static readonly Symbol BtcUsdt = Symbol.Parse("BTC/USDT");

    [Fact]
    public void ParseServerTime_DocExample_TruncatesNanosToMs() =>
        Assert.Equal(1688639403423, BybitParser.ParseServerTime(BybitDocExamples.ServerTime).Value.ToUnixTimeMilliseconds());

    [Fact]
    public void ParseInstruments_DocExample_ReadsRulesAndTeachesMapper()
    {
        var mapper = new BybitSymbolMapper();
        var (list, cursor) = BybitParser.ParseInstruments(BybitDocExamples.Instruments, mapper).Value;
        var i = Assert.Single(list);
        Assert.Equal(BtcUsdt, i.Symbol);
        Assert.Equal("BTCUSDT", i.ExchangeSymbol);
        Assert.Equal(new InstrumentRules(0.01m, 0.000001m, 0.000048m, 1m, 71.73956243m), i.Rules);
        Assert.Equal(TradingStatus.Trading, i.Status);
        Assert.Null(cursor);
        Assert.True(mapper.TryFromExchange("BTCUSDT", out _));
    }

    [Fact]
    public void ParseKlines_DocExampleNewestFirst_ReturnsOldestFirstWithTurnover()
    {
        var candles = BybitParser.ParseKlines(BybitDocExamples.Kline).Value;
        Assert.Equal([1670601600000, 1670605200000, 1670608800000], candles.Select(c => c.OpenTimeMs));
        var last = candles[^1];
        Assert.Equal((17071m, 17073m, 17027m, 17055.5m, 268611m, 15.74462667m), (last.Open, last.High, last.Low, last.Close, last.Volume, last.QuoteVolume!.Value));
    }

    [Fact]
    public void ParseOrderBook_DocExample_ReadsBothSides()
    {
        var book = BybitParser.ParseOrderBook(BybitDocExamples.OrderBook, BtcUsdt).Value;
        Assert.Equal(16638.27m, book.BestBid!.Value.Price);
        Assert.Equal(0.008479m, book.BestAsk!.Value.Quantity);
        Assert.Equal(1672765737733, book.TimeMs);
    }

    [Fact]
    public void ParseTickers_DocExample_ReadsBidAskAndQuoteVolume()
    {
        var t = Assert.Single(BybitParser.ParseTickers(BybitDocExamples.Tickers, new BybitSymbolMapper(), 5).Value);
        Assert.Equal((20517.96m, 20527.77m, 20533.13m, 11801.27771m, 243765620.65899866m), (t.Bid, t.Ask, t.Last, t.BaseVolume24h, t.QuoteVolume24h));
    }

    [Fact]
    public void ParseKlines_ErrorEnvelope_MapsRetCode()
    {
        var r = BybitParser.ParseKlines(BybitDocExamples.InsufficientBalance);
        Assert.Equal(ErrorKind.InsufficientBalance, r.Error!.Kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"retCode\":0,\"retMsg\":\"OK\",\"result\":{\"list\":[[\"1670608800000\",\"17071\"")]
    [InlineData("<html>502 Bad Gateway</html>")]
    [InlineData("{\"retCode\":\"zero\"}")]
    [InlineData("{\"retCode\":0,\"retMsg\":\"OK\"}")]
    [InlineData("{\"retCode\":0,\"result\":{\"list\":[[\"1\",\"2\",\"3\"]]}}")]
    [InlineData("{\"retCode\":0,\"result\":{\"list\":[[\"x\",\"2\",\"3\",\"4\",\"5\",\"6\",\"7\"]]}}")]
    [InlineData("null")]
    public void ParseKlines_MalformedOrTruncated_YieldsMalformedResponse(string json) =>
        Assert.Equal(ErrorKind.MalformedResponse, BybitParser.ParseKlines(json).Error!.Kind);

    [Theory]
    [InlineData("{\"retCode\":0,\"result\":{\"s\":\"BTCUSDT\",\"a\":[[\"1\"]],\"b\":[],\"ts\":1}}")]
    [InlineData("{\"retCode\":0,\"result\":{\"s\":\"BTCUSDT\",\"a\":[],\"b\":[],\"ts\":\"soon\"}}")]
    [InlineData("{\"retCode\":0,\"result\":{\"list\":[{\"symbol\":\"BTCUSDT\",\"baseCoin\":\"BTC\",\"quoteCoin\":\"USDT\",\"status\":\"Sleeping\",\"lotSizeFilter\":{\"basePrecision\":\"1\"},\"priceFilter\":{\"tickSize\":\"1\"}}]}}")]
    public void Parse_BadShapes_YieldMalformedNotExceptions(string json)
    {
        var book = BybitParser.ParseOrderBook(json, BtcUsdt);
        var instruments = BybitParser.ParseInstruments(json, new BybitSymbolMapper());
        Assert.True(!book.IsSuccess || !instruments.IsSuccess);
        Assert.All(new[] { book.Error, instruments.Error }.Where(e => e is not null), e => Assert.Equal(ErrorKind.MalformedResponse, e!.Kind));
    }
}
