namespace Qari.Exchanges.Tests.Bybit;

/// <summary>Response examples from Bybit's v5 API documentation (trimmed of fields Qari ignores where long).</summary>
internal static class BybitDocExamples
{
    public const string ServerTime = """
        {"retCode":0,"retMsg":"OK","result":{"timeSecond":"1688639403","timeNano":"1688639403423213947"},"retExtInfo":{},"time":1688639403423}
        """;

    public const string Instruments = """
        {"retCode":0,"retMsg":"OK","result":{"category":"spot","list":[{"symbol":"BTCUSDT","baseCoin":"BTC","quoteCoin":"USDT","innovation":"0","status":"Trading","marginTrading":"both","lotSizeFilter":{"basePrecision":"0.000001","quotePrecision":"0.00000001","minOrderQty":"0.000048","maxOrderQty":"71.73956243","minOrderAmt":"1","maxOrderAmt":"2000000"},"priceFilter":{"tickSize":"0.01"}}]},"retExtInfo":{},"time":1672712468011}
        """;

    public const string Kline = """
        {"retCode":0,"retMsg":"OK","result":{"symbol":"BTCUSD","category":"inverse","list":[["1670608800000","17071","17073","17027","17055.5","268611","15.74462667"],["1670605200000","17071.5","17071.5","17061","17071","4177","0.24469757"],["1670601600000","17086.5","17088","16978","17071.5","6356","0.37288112"]]},"retExtInfo":{},"time":1672025956592}
        """;

    public const string OrderBook = """
        {"retCode":0,"retMsg":"OK","result":{"s":"BTCUSDT","a":[["16638.64","0.008479"]],"b":[["16638.27","0.305749"]],"ts":1672765737733,"u":5277055},"retExtInfo":{},"time":1672765737734}
        """;

    public const string Tickers = """
        {"retCode":0,"retMsg":"OK","result":{"category":"spot","list":[{"symbol":"BTCUSDT","bid1Price":"20517.96","bid1Size":"2","ask1Price":"20527.77","ask1Size":"1.862172","lastPrice":"20533.13","prevPrice24h":"20393.48","price24hPcnt":"0.0068","highPrice24h":"21128.12","lowPrice24h":"20318.89","turnover24h":"243765620.65899866","volume24h":"11801.27771","usdIndexPrice":"20784.12009279"}]},"retExtInfo":{},"time":1673859087947}
        """;

    public const string WalletBalance = """
        {"retCode":0,"retMsg":"OK","result":{"list":[{"totalEquity":"3.31216591","accountIMRate":"0","totalMarginBalance":"3.00326056","accountType":"UNIFIED","totalAvailableBalance":"3.00326056","totalWalletBalance":"3.00326056","coin":[{"availableToBorrow":"3","bonus":"0","accruedInterest":"0","availableToWithdraw":"0","totalOrderIM":"0","equity":"0","usdValue":"0","unrealisedPnl":"0","collateralSwitch":true,"borrowAmount":"0.0","walletBalance":"0.5","cumRealisedPnl":"0","locked":"0.2","marginCollateral":true,"coin":"BTC"}]}]},"retExtInfo":{},"time":1690872862481}
        """;

    public const string CreateOrder = """
        {"retCode":0,"retMsg":"OK","result":{"orderId":"1321003749386327552","orderLinkId":"spot-test-postonly"},"retExtInfo":{},"time":1672211918471}
        """;

    public const string RealtimeOrders = """
        {"retCode":0,"retMsg":"OK","result":{"list":[{"orderId":"fd4300ae-7847-404e-b947-b46980a4d140","orderLinkId":"test-000005","blockTradeId":"","symbol":"BTCUSDT","price":"1600.00","qty":"0.10","side":"Buy","isLeverage":"0","positionIdx":0,"orderStatus":"PartiallyFilled","cancelType":"UNKNOWN","rejectReason":"EC_NoError","avgPrice":"1600.00","leavesQty":"0.04","leavesValue":"64","cumExecQty":"0.06","cumExecValue":"96","cumExecFee":"0.0000582","timeInForce":"GTC","orderType":"Limit","stopOrderType":"","orderIv":"","triggerPrice":"0.00","takeProfit":"","stopLoss":"","tpTriggerBy":"","slTriggerBy":"","triggerDirection":0,"triggerBy":"","lastPriceOnCreated":"","reduceOnly":false,"closeOnTrigger":false,"smpType":"None","smpGroup":0,"smpOrderId":"","tpslMode":"","tpLimitPrice":"","slLimitPrice":"","placeType":"","createdTime":"1684738540559","updatedTime":"1684738540561"}],"nextPageCursor":"page_args%3Dfd4300ae-7847-404e-b947-b46980a4d140%26symbol%3D6%26","category":"spot"},"retExtInfo":{},"time":1684765770483}
        """;

    public const string Executions = """
        {"retCode":0,"retMsg":"OK","result":{"nextPageCursor":"132766%3A2%2C132766%3A2","category":"spot","list":[{"symbol":"BTCUSDT","orderType":"Market","underlyingPrice":"","orderLinkId":"","side":"Buy","indexPrice":"","orderId":"8c065341-7b52-4ca9-ac2c-37e31ac55c94","stopOrderType":"UNKNOWN","leavesQty":"0","execTime":"1672282722429","feeCurrency":"BTC","isMaker":false,"execFee":"0.00000006","feeRate":"0.001","execId":"e0cbe81d-0f18-5866-9415-cf319b5dab3b","tradeIv":"","blockTradeId":"","markPrice":"1183.54","execPrice":"16800.01","markIv":"","orderQty":"0.0001","orderPrice":"","execValue":"1.680001","execType":"Trade","execQty":"0.0001","closedSize":""}]},"retExtInfo":{},"time":1672283754510}
        """;

    public const string QueryApi = """
        {"retCode":0,"retMsg":"","result":{"id":"13770661","note":"readwrite api key","apiKey":"XXXXXX","readOnly":0,"secret":"","permissions":{"ContractTrade":["Order","Position"],"Spot":["SpotTrade"],"Wallet":["AccountTransfer","SubMemberTransfer"],"Options":["OptionsTrade"],"Derivatives":[],"CopyTrading":["CopyTrading"],"BlockTrade":[],"Exchange":[],"NFT":[],"Affiliate":[],"Earn":[]},"ips":["*"],"type":1,"deadlineDay":66,"expiredAt":"2023-12-22T07:20:25Z","createdAt":"2022-10-16T02:24:40Z","unified":0,"uta":0,"userID":24617703,"inviterID":0,"vipLevel":"No VIP","mktMakerLevel":"0","affiliateID":0,"rsaPublicKey":"","isMaster":true,"parentUid":"0","kycLevel":"LEVEL_1","kycRegion":""},"retExtInfo":{},"time":1697525990798}
        """;

    public const string InsufficientBalance = """
        {"retCode":170131,"retMsg":"Insufficient balance.","result":{},"retExtInfo":{},"time":1672211918471}
        """;
}
