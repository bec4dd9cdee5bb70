using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Qari.Exchanges.Kraken;
using Qari.Simulator.Accounts;
using Qari.Simulator.Hosting;

namespace Qari.Simulator.Tests.Dialects.Kraken;

/// <summary>The Kraken dialect answers auth failures with HTTP 200 and Kraken's EAPI errors, and enforces nonce monotonicity per key.</summary>
public sealed class KrakenDialectAuthTests : IAsyncLifetime
{
    private const string Secret = "a3Jha2VuLWRpYWxlY3QtdGVzdC1zZWNyZXQ=";
    private SimulatorHost _host = null!;
    private readonly HttpClient _http = new();

    public async Task InitializeAsync()
    {
        var seed = new SimulatorSeed
        {
            Markets = [new SeedMarket("BTC/USDT", 0.01m, 0.00001m, 0.00001m, 5m, Price: 50_000m)],
            Accounts = [new SeedAccount("a", new Dictionary<string, decimal> { ["USDT"] = 1_000m }, [new SimKey("krKey", Secret, "a")])],
        };
        _host = (await SimulatorHost.StartAsync(new SimulatorOptions { Seed = seed })).Value;
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _host.DisposeAsync();
    }

    private long NowMicros => _host.State.NowMs * 1000;

    private async Task<(HttpStatusCode Status, string[] Errors)> PostAsync(string method, long nonce, string key = "krKey", string secret = Secret, string extra = "")
    {
        var path = "/0/private/" + method;
        var nonceText = nonce.ToString(CultureInfo.InvariantCulture);
        var body = "nonce=" + nonceText + extra;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_host.BaseUrl, path));
        request.Headers.Add("API-Key", key);
        request.Headers.Add("API-Sign", KrakenSigner.Signature(Encoding.UTF8.GetBytes(secret), path, nonceText, body));
        request.Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded");
        using var response = await _http.SendAsync(request);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, json.RootElement.GetProperty("error").EnumerateArray().Select(e => e.GetString()!).ToArray());
    }

    [Fact]
    public async Task Private_ValidSignatureAndNonce_Succeeds() =>
        Assert.Empty((await PostAsync("BalanceEx", NowMicros)).Errors);

    [Fact]
    public async Task Private_SameNonceTwice_IsInvalidNonceWithHttp200()
    {
        var nonce = NowMicros;
        Assert.Empty((await PostAsync("BalanceEx", nonce)).Errors);
        var (status, errors) = await PostAsync("BalanceEx", nonce);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["EAPI:Invalid nonce"], errors);
        Assert.Equal(["EAPI:Invalid nonce"], (await PostAsync("BalanceEx", nonce - 1)).Errors);
        Assert.Empty((await PostAsync("BalanceEx", nonce + 1)).Errors);
    }

    [Fact]
    public async Task Private_WrongSecret_IsInvalidSignature() =>
        Assert.Equal(["EAPI:Invalid signature"], (await PostAsync("BalanceEx", NowMicros, secret: "b3RoZXItc2VjcmV0")).Errors);

    [Fact]
    public async Task Private_UnknownKey_IsInvalidKey() =>
        Assert.Equal(["EAPI:Invalid key"], (await PostAsync("BalanceEx", NowMicros, key: "nobody")).Errors);

    [Fact]
    public async Task AddOrder_BelowCostMinimum_IsKrakensOrderError() =>
        Assert.Equal(["EOrder:Cost minimum not met"], (await PostAsync("AddOrder", NowMicros, extra: "&pair=XBTUSDT&type=buy&ordertype=limit&price=40000&volume=0.00001")).Errors);
}
