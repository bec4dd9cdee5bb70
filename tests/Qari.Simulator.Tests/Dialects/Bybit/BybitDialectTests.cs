using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Qari.Exchanges.Bybit;
using Qari.Simulator.Accounts;

namespace Qari.Simulator.Tests.Dialects.Bybit;

public sealed class BybitDialectTests : IAsyncLifetime
{
    private BybitOkxTestHost _sim = null!;

    public async Task InitializeAsync() => _sim = await BybitOkxTestHost.StartAsync();

    public async Task DisposeAsync() => await _sim.DisposeAsync();

    [Fact]
    public async Task WalletBalance_CorrectlySigned_Answers()
    {
        var (status, json) = await GetAsync("/v5/account/wallet-balance", "accountType=UNIFIED", BybitOkxTestHost.Trader);
        Assert.Equal((HttpStatusCode.OK, 0), (status, json.GetProperty("retCode").GetInt32()));
        var coins = json.GetProperty("result").GetProperty("list")[0].GetProperty("coin").EnumerateArray().ToList();
        Assert.Contains(coins, c => c.GetProperty("coin").GetString() == "USDT" && c.GetProperty("walletBalance").GetString() == "10000");
    }

    [Fact]
    public async Task SignedRequest_WrongSignature_Is10004WithTheOriginStringAndHttp200()
    {
        var wrong = BybitOkxTestHost.Trader with { Secret = "not-the-secret" };
        var (status, json) = await GetAsync("/v5/account/wallet-balance", "accountType=UNIFIED", wrong);
        Assert.Equal((HttpStatusCode.OK, 10004), (status, json.GetProperty("retCode").GetInt32()));
        Assert.StartsWith("error sign! origin_string[", json.GetProperty("retMsg").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(BybitOkxTestHost.Trader.Secret, json.GetRawText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-5_001)]
    [InlineData(5_000)]
    public async Task SignedRequest_TimestampOutsideWindow_Is10002(long skewMs)
    {
        var (_, json) = await GetAsync("/v5/account/wallet-balance", "accountType=UNIFIED", BybitOkxTestHost.Trader, skewMs);
        Assert.Equal(10002, json.GetProperty("retCode").GetInt32());
    }

    [Fact]
    public async Task SignedRequest_UnknownKey_Is10003() =>
        Assert.Equal(10003, (await GetAsync("/v5/account/wallet-balance", "accountType=UNIFIED", new SimKey("nobody01", "x-secret", "acct"))).Json.GetProperty("retCode").GetInt32());

    [Fact]
    public async Task SignedRequest_KeyBoundToAnotherIp_Is10010() =>
        Assert.Equal(10010, (await GetAsync("/v5/account/wallet-balance", "accountType=UNIFIED", BybitOkxTestHost.Elsewhere)).Json.GetProperty("retCode").GetInt32());

    [Fact]
    public async Task CreateOrder_ReadOnlyKey_Is10005()
    {
        var body = """{"category":"spot","symbol":"BTCUSDT","side":"Buy","orderType":"Limit","qty":"1","price":"90","orderLinkId":"ro1"}""";
        Assert.Equal(10005, (await PostAsync("/v5/order/create", body, BybitOkxTestHost.ReadOnly)).GetProperty("retCode").GetInt32());
    }

    [Fact]
    public async Task Kline_DailyRange_IsNewestFirstWithSevenStringFields()
    {
        var response = await _sim.Http.GetStringAsync(new Uri("/v5/market/kline?category=spot&symbol=BTCUSDT&interval=D&limit=3", UriKind.Relative));
        var rows = JsonDocument.Parse(response).RootElement.GetProperty("result").GetProperty("list").EnumerateArray().ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(BybitOkxTestHost.Days[^1].OpenTimeMs.ToString(CultureInfo.InvariantCulture), rows[0][0].GetString());
        Assert.Equal("109", rows[0][4].GetString());
        Assert.Equal(7, rows[0].GetArrayLength());
        Assert.True(long.Parse(rows[0][0].GetString()!, CultureInfo.InvariantCulture) > long.Parse(rows[1][0].GetString()!, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task CreateOrder_SameOrderLinkIdAfterCancel_IsStillRejected()
    {
        var body = """{"category":"spot","symbol":"BTCUSDT","side":"Buy","orderType":"Limit","qty":"1","price":"90","orderLinkId":"dup1"}""";
        Assert.Equal(0, (await PostAsync("/v5/order/create", body, BybitOkxTestHost.Trader)).GetProperty("retCode").GetInt32());
        var cancel = """{"category":"spot","symbol":"BTCUSDT","orderLinkId":"dup1"}""";
        Assert.Equal(0, (await PostAsync("/v5/order/cancel", cancel, BybitOkxTestHost.Trader)).GetProperty("retCode").GetInt32());
        Assert.Equal(170141, (await PostAsync("/v5/order/create", body, BybitOkxTestHost.Trader)).GetProperty("retCode").GetInt32());
    }

    [Fact]
    public async Task CancelOrder_TpslOrderWithoutOrderFilter_IsNotFound()
    {
        var stop = """{"category":"spot","symbol":"BTCUSDT","side":"Sell","orderType":"Market","qty":"1","triggerPrice":"90","orderFilter":"tpslOrder","orderLinkId":"sl1"}""";
        Assert.Equal(0, (await PostAsync("/v5/order/create", stop, BybitOkxTestHost.Trader)).GetProperty("retCode").GetInt32());
        Assert.Equal(170213, (await PostAsync("/v5/order/cancel", """{"category":"spot","symbol":"BTCUSDT","orderLinkId":"sl1"}""", BybitOkxTestHost.Trader)).GetProperty("retCode").GetInt32());
        Assert.Equal(0, (await PostAsync("/v5/order/cancel", """{"category":"spot","symbol":"BTCUSDT","orderLinkId":"sl1","orderFilter":"tpslOrder"}""", BybitOkxTestHost.Trader)).GetProperty("retCode").GetInt32());
        var (_, json) = await GetAsync("/v5/order/realtime", "category=spot&orderLinkId=sl1", BybitOkxTestHost.Trader);
        Assert.Equal("Deactivated", json.GetProperty("result").GetProperty("list")[0].GetProperty("orderStatus").GetString());
    }

    private async Task<(HttpStatusCode Status, JsonElement Json)> GetAsync(string path, string query, SimKey key, long skewMs = 0)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path + "?" + query);
        Sign(request, key, query, skewMs);
        using var response = await _sim.Http.SendAsync(request);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    private async Task<JsonElement> PostAsync(string path, string body, SimKey key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        Sign(request, key, body, 0);
        using var response = await _sim.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private void Sign(HttpRequestMessage request, SimKey key, string payload, long skewMs)
    {
        var ts = _sim.NowMs + skewMs;
        var sign = BybitSigner.Sign(Encoding.UTF8.GetBytes(key.Secret), BybitSigner.PreHash(ts, key.KeyId, 5000, payload));
        request.Headers.Add(BybitSigner.ApiKeyHeader, key.KeyId);
        request.Headers.Add(BybitSigner.TimestampHeader, ts.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(BybitSigner.RecvWindowHeader, "5000");
        request.Headers.Add(BybitSigner.SignHeader, sign);
    }
}
