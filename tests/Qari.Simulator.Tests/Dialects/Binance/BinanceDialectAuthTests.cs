using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Qari.Exchanges.Http;
using Qari.Simulator.Accounts;
using Qari.Simulator.Hosting;

namespace Qari.Simulator.Tests.Dialects.Binance;

/// <summary>The Binance dialect rejects a wrong signature, a stale or future timestamp and an unknown, revoked or foreign-IP key exactly as Binance does.</summary>
public sealed class BinanceDialectAuthTests : IAsyncLifetime
{
    private const string Secret = "auth-test-secret-0123456789";
    private SimulatorHost _host = null!;
    private readonly HttpClient _http = new();

    public async Task InitializeAsync()
    {
        var seed = new SimulatorSeed
        {
            Markets = [new SeedMarket("BTC/USDT", 0.01m, 0.00001m, 0.00001m, 5m, Price: 50_000m)],
            Accounts =
            [
                new SeedAccount("a", new Dictionary<string, decimal> { ["USDT"] = 1_000m },
                [
                    new SimKey("goodKey", Secret, "a"),
                    new SimKey("farKey", Secret, "a", AllowedIps: ["203.0.113.7"]),
                    new SimKey("readKey", Secret, "a", SpotTrade: false),
                    new SimKey("okxKey", Secret, "a", Exchange: Qari.Model.Ids.ExchangeId.Okx),
                ]),
            ],
        };
        _host = (await SimulatorHost.StartAsync(new SimulatorOptions { Seed = seed })).Value;
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _host.DisposeAsync();
    }

    private long Now => _host.State.NowMs;

    private async Task<(HttpStatusCode Status, int Code, string Message)> SendAsync(HttpMethod method, string path, string query, string body = "", string? key = "goodKey")
    {
        using var request = new HttpRequestMessage(method, new Uri(_host.BaseUrl, path + (query.Length > 0 ? "?" + query : "")));
        if (key is not null) request.Headers.Add("X-MBX-APIKEY", key);
        if (body.Length > 0) request.Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded");
        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(text);
        var code = json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("code", out var c) ? c.GetInt32() : 0;
        var msg = code != 0 ? json.RootElement.GetProperty("msg").GetString()! : "";
        return (response.StatusCode, code, msg);
    }

    private static string Sign(string payload, string secret = Secret) => Signatures.HmacSha256Hex(Encoding.UTF8.GetBytes(secret), payload);

    private string Signed(string query, long? timestamp = null, string secret = Secret)
    {
        var q = query + (query.Length > 0 ? "&" : "") + "timestamp=" + (timestamp ?? Now).ToString(CultureInfo.InvariantCulture);
        return q + "&signature=" + Sign(q, secret);
    }

    [Fact]
    public async Task Account_CorrectSignature_IsAccepted() =>
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Get, "/api/v3/account", Signed(""))).Status);

    [Fact]
    public async Task Account_UpperCaseHexSignature_IsAccepted()
    {
        var q = "timestamp=" + Now.ToString(CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Get, "/api/v3/account", q + "&signature=" + Sign(q).ToUpperInvariant())).Status);
    }

    [Fact]
    public async Task Account_WrongSecret_IsMinus1022()
    {
        var answer = await SendAsync(HttpMethod.Get, "/api/v3/account", Signed("", secret: "another-secret"));
        Assert.Equal((HttpStatusCode.BadRequest, -1022, "Signature for this request is not valid."), answer);
    }

    [Fact]
    public async Task Account_ParameterChangedAfterSigning_IsMinus1022()
    {
        var query = Signed("omitZeroBalances=true").Replace("omitZeroBalances=true", "omitZeroBalances=false", StringComparison.Ordinal);
        Assert.Equal(-1022, (await SendAsync(HttpMethod.Get, "/api/v3/account", query)).Code);
    }

    [Fact]
    public async Task Account_StaleTimestamp_IsMinus1021()
    {
        var answer = await SendAsync(HttpMethod.Get, "/api/v3/account", Signed("", Now - 6_000));
        Assert.Equal((HttpStatusCode.BadRequest, -1021, "Timestamp for this request is outside of the recvWindow."), answer);
    }

    [Fact]
    public async Task Account_TimestampTwoSecondsAhead_IsMinus1021() =>
        Assert.Equal(-1021, (await SendAsync(HttpMethod.Get, "/api/v3/account", Signed("", Now + 2_000))).Code);

    [Fact]
    public async Task Account_OldTimestampInsideALargerRecvWindow_IsAccepted() =>
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Get, "/api/v3/account", Signed("recvWindow=20000", Now - 10_000))).Status);

    [Fact]
    public async Task Account_RecvWindowAbove60000_IsRejected() =>
        Assert.Equal(-1131, (await SendAsync(HttpMethod.Get, "/api/v3/account", Signed("recvWindow=60001"))).Code);

    [Fact]
    public async Task Account_UnknownKey_IsMinus2015With401()
    {
        var answer = await SendAsync(HttpMethod.Get, "/api/v3/account", Signed(""), key: "nobody");
        Assert.Equal((HttpStatusCode.Unauthorized, -2015, "Invalid API-key, IP, or permissions for action."), answer);
    }

    [Fact]
    public async Task Account_MissingKeyHeader_IsMinus2014() =>
        Assert.Equal(-2014, (await SendAsync(HttpMethod.Get, "/api/v3/account", Signed(""), key: null)).Code);

    [Fact]
    public async Task Account_KeyOfAnotherExchange_IsMinus2015() =>
        Assert.Equal(-2015, (await SendAsync(HttpMethod.Get, "/api/v3/account", Signed(""), key: "okxKey")).Code);

    [Fact]
    public async Task Account_RevokedKey_IsMinus2015()
    {
        _host.State.Keys.Revoke("goodKey");
        Assert.Equal(-2015, (await SendAsync(HttpMethod.Get, "/api/v3/account", Signed(""))).Code);
    }

    [Fact]
    public async Task Account_KeyRestrictedToAnotherIp_IsMinus2015() =>
        Assert.Equal(-2015, (await SendAsync(HttpMethod.Get, "/api/v3/account", Signed(""), key: "farKey")).Code);

    [Fact]
    public async Task Order_KeyWithoutTradePermission_IsMinus2015() =>
        Assert.Equal(-2015, (await SendAsync(HttpMethod.Post, "/api/v3/order", Signed("symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001&price=40000"), key: "readKey")).Code);

    [Fact]
    public async Task Order_MissingSignature_IsMinus1102() =>
        Assert.Equal(-1102, (await SendAsync(HttpMethod.Get, "/api/v3/account", "timestamp=" + Now.ToString(CultureInfo.InvariantCulture))).Code);

    [Fact]
    public async Task Order_ParamsInQueryAndBody_SignedOverQueryThenBodyWithoutAmpersand()
    {
        const string query = "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC";
        var body = "quantity=0.001&price=40000&recvWindow=5000&timestamp=" + Now.ToString(CultureInfo.InvariantCulture);
        var answer = await SendAsync(HttpMethod.Post, "/api/v3/order", query, body + "&signature=" + Sign(query + body));
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var wrong = await SendAsync(HttpMethod.Post, "/api/v3/order", query, body + "&signature=" + Sign(query + "&" + body));
        Assert.Equal(-1022, wrong.Code);
    }

    [Fact]
    public async Task Order_DuplicateClientIdWhileOpen_IsMinus2010DuplicateOrderSent()
    {
        var q = "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001&price=40000&newClientOrderId=dup1";
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Post, "/api/v3/order", "", Signed(q))).Status);
        Assert.Equal((HttpStatusCode.BadRequest, -2010, "Duplicate order sent."), await SendAsync(HttpMethod.Post, "/api/v3/order", "", Signed(q)));
    }

    [Fact]
    public async Task Order_QuantityOffLot_IsFilterFailureLotSize() =>
        Assert.Equal((HttpStatusCode.BadRequest, -1013, "Filter failure: LOT_SIZE"),
            await SendAsync(HttpMethod.Post, "/api/v3/order", "", Signed("symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.000015&price=40000")));

    [Fact]
    public async Task Order_UnknownSymbol_IsMinus1121() =>
        Assert.Equal(-1121, (await SendAsync(HttpMethod.Post, "/api/v3/order", "", Signed("symbol=FOOUSDT&side=BUY&type=MARKET&quantity=1"))).Code);
}
