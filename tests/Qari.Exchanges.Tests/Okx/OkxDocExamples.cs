namespace Qari.Exchanges.Tests.Okx;

/// <summary>Response examples from OKX's v5 API documentation (long ones trimmed of fields Qari ignores).</summary>
internal static class OkxDocExamples
{
    public const string Time = """{"code":"0","msg":"","data":[{"ts":"1597026383085"}]}""";

    public const string Instruments = """
        {"code":"0","msg":"","data":[{"alias":"","baseCcy":"BTC","category":"1","ctMult":"","ctType":"","ctVal":"","ctValCcy":"","expTime":"","instFamily":"","instId":"BTC-USDT","instType":"SPOT","lever":"10","listTime":"1606468572000","lotSz":"0.00000001","maxIcebergSz":"9999999999.0000000000000000","maxLmtAmt":"1000000","maxLmtSz":"9999999999","maxMktAmt":"1000000","maxMktSz":"","maxStopSz":"","maxTriggerSz":"9999999999.0000000000000000","maxTwapSz":"9999999999.0000000000000000","minSz":"0.00001","optType":"","quoteCcy":"USDT","settleCcy":"","state":"live","stk":"","tickSz":"0.1","uly":""}]}
        """;

    public const string Candles = """
        {"code":"0","msg":"","data":[["1597026383085","3.721","3.743","3.677","3.708","8422410","22698348.04828491","12698348.04828491","0"],["1597026383084","3.731","3.799","3.494","3.72","24912403","67632347.24399722","37632347.24399722","1"]]}
        """;

    public const string Books = """
        {"code":"0","msg":"","data":[{"asks":[["41006.8","0.60038921","0","1"]],"bids":[["41006.3","0.30178218","0","2"]],"ts":"1629966436396"}]}
        """;

    public const string Tickers = """
        {"code":"0","msg":"","data":[{"instType":"SPOT","instId":"BTC-USDT","last":"9999.99","lastSz":"0.1","askPx":"9999.99","askSz":"11","bidPx":"8888.88","bidSz":"5","open24h":"9000","high24h":"10000","low24h":"8888.88","volCcy24h":"2222","vol24h":"2222","sodUtc0":"2222","sodUtc8":"2222","ts":"1597026383085"}]}
        """;

    public const string Balance = """
        {"code":"0","data":[{"adjEq":"","borrowFroz":"","details":[{"availBal":"1.5","availEq":"","cashBal":"2","ccy":"BTC","crossLiab":"","disEq":"0","eq":"2","eqUsd":"0","fixedBal":"0","frozenBal":"0.5","imr":"","interest":"","isoEq":"0","isoLiab":"","isoUpl":"0","liab":"","maxLoan":"","mgnRatio":"","mmr":"","notionalLever":"","ordFrozen":"0.5","spotInUseAmt":"","stgyEq":"0","twap":"0","uTime":"1705449605015","upl":"","uplLiab":""}],"imr":"","isoEq":"0","mgnRatio":"","mmr":"","notionalUsd":"","ordFroz":"","totalEq":"0","uTime":"1705474164160","upl":""}],"msg":""}
        """;

    public const string PlaceOrder = """
        {"code":"0","msg":"","data":[{"clOrdId":"oktswap6","ordId":"312269865356374016","tag":"","ts":"1695190491421","sCode":"0","sMsg":""}],"inTime":"1695190491421339","outTime":"1695190491423240"}
        """;

    public const string PlaceOrderFailed = """
        {"code":"1","msg":"All operations failed","data":[{"clOrdId":"oktswap6","ordId":"","tag":"","ts":"1695190491421","sCode":"51008","sMsg":"Order failed. Insufficient USDT balance in account."}],"inTime":"1695190491421339","outTime":"1695190491423240"}
        """;

    public const string GetOrder = """
        {"code":"0","data":[{"accFillSz":"0.00192834","algoClOrdId":"","algoId":"","attachAlgoClOrdId":"","attachAlgoOrds":[],"avgPx":"51858","cTime":"1708587373361","cancelSource":"","cancelSourceReason":"","category":"normal","ccy":"","clOrdId":"","fee":"-0.00000192834","feeCcy":"BTC","fillPx":"51858","fillSz":"0.00192834","fillTime":"1708587373361","instId":"BTC-USDT","instType":"SPOT","isTpLimit":"false","lever":"","linkedAlgoOrd":{"algoId":""},"ordId":"680800019749904384","ordType":"market","pnl":"0","posSide":"net","px":"","pxType":"","pxUsd":"","pxVol":"","quickMgnType":"","rebate":"0","rebateCcy":"USDT","reduceOnly":"false","side":"buy","slOrdPx":"","slTriggerPx":"","slTriggerPxType":"","source":"","state":"filled","stpId":"","stpMode":"","sz":"100","tag":"","tdMode":"cash","tgtCcy":"quote_ccy","tpOrdPx":"","tpTriggerPx":"","tpTriggerPxType":"","tradeId":"744876980","tradeQuoteCcy":"USDT","uTime":"1708587373362"}],"msg":""}
        """;

    public const string AlgoOrder = """
        {"code":"0","data":[{"activePx":"","actualPx":"","actualSide":"","actualSz":"0","algoClOrdId":"","algoId":"1753184812254216192","amendPxOnTriggerType":"0","attachAlgoOrds":[],"cTime":"1724751378980","callbackRatio":"","callbackSpread":"","ccy":"","clOrdId":"","closeFraction":"","failCode":"0","instId":"BTC-USDT","instType":"SPOT","last":"62916.5","lever":"","linkedOrd":{"ordId":""},"moveTriggerPx":"","ordId":"","ordIdList":[],"ordPx":"","ordType":"conditional","posSide":"net","pxLimit":"","pxSpread":"","pxVar":"","quickMgnType":"","reduceOnly":"false","side":"buy","slOrdPx":"","slTriggerPx":"","slTriggerPxType":"","state":"live","sz":"10","szLimit":"","tag":"","tdMode":"cash","tgtCcy":"quote_ccy","timeInterval":"","tpOrdPx":"-1","tpTriggerPx":"10000","tpTriggerPxType":"last","triggerPx":"","triggerPxType":"","triggerTime":"","tradeQuoteCcy":"USDT","uTime":"1724751378980"}],"msg":""}
        """;

    public const string Fills = """
        {"code":"0","msg":"","data":[{"side":"buy","fillSz":"0.00192834","fillPx":"51858","fillPxVol":"","fillFwdPx":"","fee":"-0.00000192834","fillPnl":"0","ordId":"680800019749904384","feeRate":"-0.001","instType":"SPOT","fillPxUsd":"","instId":"BTC-USDT","clOrdId":"","posSide":"net","billId":"680800019754098688","subType":"1","fillMarkVol":"","tag":"","fillTime":"1708587373361","execType":"T","fillIdxPx":"","tradeId":"744876980","fillMarkPx":"","feeCcy":"BTC","ts":"1708587373362"}]}
        """;

    public const string AccountConfig = """
        {"code":"0","data":[{"acctLv":"2","acctStpMode":"cancel_maker","autoLoan":false,"ctIsoMode":"automatic","enableSpotBorrow":false,"greeksType":"PA","ip":"","kycLv":"3","label":"v5 test","level":"Lv1","levelTmp":"","liquidationGear":"-1","mainUid":"44705892343619584","mgnIsoMode":"automatic","opAuth":"1","perm":"read_only,withdraw,trade","posMode":"long_short_mode","roleType":"0","spotBorrowAutoRepay":false,"spotOffsetType":"","spotRoleType":"0","spotTraderInsts":[],"traderInsts":[],"type":"0","uid":"44705892343619584"}],"msg":""}
        """;

    public const string InvalidSign = """{"msg":"Invalid Sign","code":"50113"}""";
}
