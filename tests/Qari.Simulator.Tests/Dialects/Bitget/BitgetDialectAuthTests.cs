using System.Globalization;
using System.Text;
using System.Text.Json;
using Qari.Exchanges.Http;
using Qari.Simulator.Accounts;
using Qari.Simulator.Hosting;

namespace Qari.Simulator.Tests.Dialects.Bitget;

/// <summary>The Bitget dialect checks key, timestamp window, passphrase and signature with Bitget's codes, and refuses a reused clientOid.</summary>
public sealed class BitgetDialectAuthTests : IAsyncLifetime
{
    private const string Secret = "bitget-dialect-secret";
    private const string Passphrase = "pass phrase";
    private SimulatorHost _host = null!;
    private readonly HttpClient _http = new();

    public async Task InitializeAsync()
    {
        var seed = new SimulatorSeed
        {
            Markets = [new SeedMarket("BTC/USDT", 0.01m, 0.00001m, 0.00001m, 5m, Price: 50_000m)],
            Accounts = [new SeedAccount("a", new Dictionary<string, decimal> { ["USDT"] = 10_000m }, [new SimKey("bgKey", Secret, "a", Passphrase)])],
        };
        _host = (await SimulatorHost.StartAsync(new SimulatorOptions { Seed = seed })).Value;
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _host.DisposeAsync();
    }

    private async Task<string> SendAsync(HttpMethod method, string path, string body = "", long? timestamp = null, string passphrase = Passphrase, string secret = Secret)
    {
        var ts = (timestamp ?? _host.State.NowMs).ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(method, new Uri(_host.BaseUrl, path));
        request.Headers.Add("ACCESS-KEY", "bgKey");
        request.Headers.Add("ACCESS-TIMESTAMP", ts);
        request.Headers.Add("ACCESS-PASSPHRASE", passphrase);
        request.Headers.Add("ACCESS-SIGN", Signatures.HmacSha256Base64(Encoding.UTF8.GetBytes(secret), ts + method.Method + path + body));
        if (body.Length > 0) request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await _http.SendAsync(request);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("code").GetString()!;
    }

    private const string Assets = "/api/v2/spot/account/assets";

    [Fact]
    public async Task Assets_ValidRequest_Is00000() => Assert.Equal("00000", await SendAsync(HttpMethod.Get, Assets));

    [Fact]
    public async Task Assets_WrongPassphrase_Is40012() => Assert.Equal("40012", await SendAsync(HttpMethod.Get, Assets, passphrase: "wrong"));

    [Fact]
    public async Task Assets_TimestampOutsideThirtySeconds_Is40008() =>
        Assert.Equal("40008", await SendAsync(HttpMethod.Get, Assets, timestamp: _host.State.NowMs - 31_000));

    [Fact]
    public async Task Assets_WrongSecret_Is40009() => Assert.Equal("40009", await SendAsync(HttpMethod.Get, Assets, secret: "other"));

    [Fact]
    public async Task PlaceOrder_ReusedClientOid_IsRefusedEvenAfterCancel()
    {
        const string path = "/api/v2/spot/trade/place-order";
        const string body = """{"symbol":"BTCUSDT","side":"buy","orderType":"limit","force":"gtc","price":"40000","size":"0.01","clientOid":"qdupE0"}""";
        Assert.Equal("00000", await SendAsync(HttpMethod.Post, path, body));
        Assert.Equal("00000", await SendAsync(HttpMethod.Post, "/api/v2/spot/trade/cancel-order", """{"symbol":"BTCUSDT","clientOid":"qdupE0"}"""));
        Assert.Equal("43122", await SendAsync(HttpMethod.Post, path, body));
    }
}
