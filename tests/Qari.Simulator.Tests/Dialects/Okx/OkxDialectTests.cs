using System.Net;
using System.Text;
using System.Text.Json;
using Qari.Exchanges.Okx;
using Qari.Simulator.Accounts;

namespace Qari.Simulator.Tests.Dialects.Okx;

public sealed class OkxDialectTests : IAsyncLifetime
{
    private BybitOkxTestHost _sim = null!;

    public async Task InitializeAsync() => _sim = await BybitOkxTestHost.StartAsync();

    public async Task DisposeAsync() => await _sim.DisposeAsync();

    [Fact]
    public async Task Balance_CorrectlySigned_Answers()
    {
        var (status, json) = await SendAsync(HttpMethod.Get, "/api/v5/account/balance", "", BybitOkxTestHost.Trader);
        Assert.Equal((HttpStatusCode.OK, "0"), (status, json.GetProperty("code").GetString()));
        Assert.Contains(json.GetProperty("data")[0].GetProperty("details").EnumerateArray(), d => d.GetProperty("ccy").GetString() == "BTC" && d.GetProperty("availBal").GetString() == "5");
    }

    [Fact]
    public async Task SignedRequest_WrongSignature_IsHttp401Code50113()
    {
        var (status, json) = await SendAsync(HttpMethod.Get, "/api/v5/account/balance", "", BybitOkxTestHost.Trader with { Secret = "not-the-secret" });
        Assert.Equal((HttpStatusCode.Unauthorized, "50113"), (status, json.GetProperty("code").GetString()));
    }

    [Theory]
    [InlineData(-31_000)]
    [InlineData(31_000)]
    public async Task SignedRequest_TimestampOutsideThirtySeconds_Is50102(long skewMs)
    {
        var (status, json) = await SendAsync(HttpMethod.Get, "/api/v5/account/balance", "", BybitOkxTestHost.Trader, skewMs);
        Assert.Equal((HttpStatusCode.Unauthorized, "50102"), (status, json.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task SignedRequest_UnknownKey_Is50111() =>
        Assert.Equal("50111", (await SendAsync(HttpMethod.Get, "/api/v5/account/balance", "", new SimKey("nobody01", "x-secret", "acct", BybitOkxTestHost.Passphrase))).Json.GetProperty("code").GetString());

    [Fact]
    public async Task SignedRequest_WrongPassphrase_Is50105() =>
        Assert.Equal("50105", (await SendAsync(HttpMethod.Get, "/api/v5/account/balance", "", BybitOkxTestHost.Trader with { Passphrase = "wrong" })).Json.GetProperty("code").GetString());

    [Fact]
    public async Task SignedRequest_IpNotWhitelisted_Is50110() =>
        Assert.Equal("50110", (await SendAsync(HttpMethod.Get, "/api/v5/account/balance", "", BybitOkxTestHost.Elsewhere)).Json.GetProperty("code").GetString());

    [Fact]
    public async Task Candles_DailyUtc_AreNewestFirstWithNineFieldsAndConfirm()
    {
        var response = await _sim.Http.GetStringAsync(new Uri("/api/v5/market/candles?instId=BTC-USDT&bar=1Dutc&limit=2", UriKind.Relative));
        var rows = JsonDocument.Parse(response).RootElement.GetProperty("data").EnumerateArray().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(9, rows[0].GetArrayLength());
        Assert.Equal("109", rows[0][4].GetString());
        Assert.Equal("108", rows[1][4].GetString());
        Assert.Equal("1", rows[0][8].GetString());
    }

    [Fact]
    public async Task PlaceOrder_InsufficientFunds_IsHttp200CodeOneWithSCode51008()
    {
        var body = """{"instId":"BTC-USDT","tdMode":"cash","side":"buy","ordType":"limit","px":"90","sz":"1000","clOrdId":"big1"}""";
        var (status, json) = await SendAsync(HttpMethod.Post, "/api/v5/trade/order", body, BybitOkxTestHost.Trader);
        Assert.Equal((HttpStatusCode.OK, "1", "51008"), (status, json.GetProperty("code").GetString(), json.GetProperty("data")[0].GetProperty("sCode").GetString()));
    }

    [Fact]
    public async Task PlaceOrder_SameClOrdIdAfterCancel_IsAcceptedAgain()
    {
        var body = """{"instId":"BTC-USDT","tdMode":"cash","side":"buy","ordType":"limit","px":"90","sz":"1","clOrdId":"again1"}""";
        Assert.Equal("0", (await SendAsync(HttpMethod.Post, "/api/v5/trade/order", body, BybitOkxTestHost.Trader)).Json.GetProperty("code").GetString());
        Assert.Equal("51016", (await SendAsync(HttpMethod.Post, "/api/v5/trade/order", body, BybitOkxTestHost.Trader)).Json.GetProperty("data")[0].GetProperty("sCode").GetString());
        var cancel = """{"instId":"BTC-USDT","clOrdId":"again1"}""";
        Assert.Equal("0", (await SendAsync(HttpMethod.Post, "/api/v5/trade/cancel-order", cancel, BybitOkxTestHost.Trader)).Json.GetProperty("code").GetString());
        Assert.Equal("0", (await SendAsync(HttpMethod.Post, "/api/v5/trade/order", body, BybitOkxTestHost.Trader)).Json.GetProperty("code").GetString());
    }

    [Fact]
    public async Task AlgoStop_IsInvisibleAsARegularOrderUntilTriggered()
    {
        var body = """{"instId":"BTC-USDT","tdMode":"cash","side":"sell","ordType":"conditional","sz":"1","algoClOrdId":"stop1","slTriggerPx":"90","slOrdPx":"-1"}""";
        var (_, placed) = await SendAsync(HttpMethod.Post, "/api/v5/trade/order-algo", body, BybitOkxTestHost.Trader);
        Assert.Equal("0", placed.GetProperty("data")[0].GetProperty("sCode").GetString());
        Assert.Equal("51603", (await SendAsync(HttpMethod.Get, "/api/v5/trade/order?instId=BTC-USDT&clOrdId=stop1", "", BybitOkxTestHost.Trader)).Json.GetProperty("code").GetString());
        var (_, algo) = await SendAsync(HttpMethod.Get, "/api/v5/trade/order-algo?algoClOrdId=stop1", "", BybitOkxTestHost.Trader);
        Assert.Equal(("live", "90", "-1"), (algo.GetProperty("data")[0].GetProperty("state").GetString(), algo.GetProperty("data")[0].GetProperty("slTriggerPx").GetString(),
            algo.GetProperty("data")[0].GetProperty("slOrdPx").GetString()));
    }

    private async Task<(HttpStatusCode Status, JsonElement Json)> SendAsync(HttpMethod method, string pathAndQuery, string body, SimKey key, long skewMs = 0)
    {
        using var request = new HttpRequestMessage(method, pathAndQuery);
        if (body.Length > 0) request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        var ts = OkxSigner.FormatTimestamp(_sim.Host.State.Clock.GetUtcNow().AddMilliseconds(skewMs));
        var sign = OkxSigner.Sign(Encoding.UTF8.GetBytes(key.Secret), OkxSigner.PreHash(ts, method.Method, pathAndQuery, body));
        request.Headers.Add(OkxSigner.KeyHeader, key.KeyId);
        request.Headers.Add(OkxSigner.SignHeader, sign);
        request.Headers.Add(OkxSigner.TimestampHeader, ts);
        request.Headers.Add(OkxSigner.PassphraseHeader, key.Passphrase ?? "");
        using var response = await _sim.Http.SendAsync(request);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }
}
