using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Qari.Exchanges.Coinbase;
using Qari.Model.Ids;
using Qari.Simulator.Accounts;
using Qari.Simulator.Hosting;

namespace Qari.Simulator.Tests.Dialects.Coinbase;

/// <summary>The Coinbase dialect verifies JWTs against the registered public key (signature, expiry, uri claim) and is idempotent on client_order_id.</summary>
public sealed class CoinbaseDialectAuthTests : IAsyncLifetime
{
    private const string KeyName = "organizations/test/apiKeys/dialect";
    private static readonly ECDsa Key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private SimulatorHost _host = null!;
    private readonly HttpClient _http = new();

    public async Task InitializeAsync()
    {
        var seed = new SimulatorSeed
        {
            Markets = [new SeedMarket("BTC/USDT", 0.01m, 0.00001m, 0.00001m, 5m, Price: 50_000m)],
            Accounts =
            [
                new SeedAccount("a", new Dictionary<string, decimal> { ["USDT"] = 10_000m },
                    [new SimKey(KeyName, "unused", "a", Exchange: ExchangeId.Coinbase, PublicKeyPem: Key.ExportSubjectPublicKeyInfoPem())]),
            ],
        };
        _host = (await SimulatorHost.StartAsync(new SimulatorOptions { Seed = seed })).Value;
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _host.DisposeAsync();
    }

    private string Jwt(string method, string path, long? nbf = null, int lifetime = 120, ECDsa? signer = null, string? uriOverride = null)
    {
        var start = nbf ?? _host.State.NowMs / 1000;
        var pem = Encoding.UTF8.GetBytes((signer ?? Key).ExportECPrivateKeyPem());
        var uri = uriOverride ?? CoinbaseJwt.Uri(method, _host.BaseUrl.Authority, path);
        var token = CoinbaseJwt.Create(pem, KeyName, uri, DateTimeOffset.FromUnixTimeSeconds(start), CoinbaseJwt.NewNonce());
        if (lifetime == 120) return token;
        // Re-sign a payload with a longer life to prove the simulator refuses it.
        var parts = token.Split('.');
        var payload = JsonNode.Parse(CoinbaseJwt.FromBase64Url(parts[1]))!.AsObject();
        payload["exp"] = start + lifetime;
        var input = parts[0] + "." + CoinbaseJwt.Base64Url(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        return input + "." + CoinbaseJwt.Base64Url((signer ?? Key).SignData(Encoding.ASCII.GetBytes(input), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));
    }

    private async Task<(HttpStatusCode Status, string Body)> SendAsync(HttpMethod method, string path, string jwt, string body = "")
    {
        using var request = new HttpRequestMessage(method, new Uri(_host.BaseUrl, path));
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + jwt);
        if (body.Length > 0) request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await _http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private const string Accounts = "/api/v3/brokerage/accounts";

    [Fact]
    public async Task Accounts_ValidToken_Succeeds() =>
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Get, Accounts, Jwt("GET", Accounts))).Status);

    [Fact]
    public async Task Accounts_TokenForAnotherPath_IsBare401()
    {
        var (status, body) = await SendAsync(HttpMethod.Get, Accounts, Jwt("GET", "/api/v3/brokerage/key_permissions"));
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("Unauthorized", body);
    }

    [Fact]
    public async Task Accounts_UriWithSchemeOrQuery_Is401()
    {
        var host = _host.BaseUrl.Authority;
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(HttpMethod.Get, Accounts, Jwt("GET", Accounts, uriOverride: "GET http://" + host + Accounts))).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(HttpMethod.Get, Accounts, Jwt("GET", Accounts, uriOverride: "GET " + host + Accounts + "?limit=1"))).Status);
    }

    [Fact]
    public async Task Accounts_ExpiredToken_Is401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(HttpMethod.Get, Accounts, Jwt("GET", Accounts, nbf: _host.State.NowMs / 1000 - 121))).Status);

    [Fact]
    public async Task Accounts_TokenLivingLongerThanTwoMinutes_Is401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(HttpMethod.Get, Accounts, Jwt("GET", Accounts, lifetime: 600))).Status);

    [Fact]
    public async Task Accounts_SignedWithAnotherKey_Is401()
    {
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(HttpMethod.Get, Accounts, Jwt("GET", Accounts, signer: other))).Status);
    }

    [Fact]
    public async Task Orders_SameClientOrderIdTwice_ReturnsTheSameOrder()
    {
        const string path = "/api/v3/brokerage/orders";
        const string body = """{"client_order_id":"5b2b2a4e-0000-5000-8000-000000000001","product_id":"BTC-USDT","side":"BUY","order_configuration":{"limit_limit_gtc":{"base_size":"0.01","limit_price":"40000","post_only":false}}}""";
        var first = await SendAsync(HttpMethod.Post, path, Jwt("POST", path), body);
        var second = await SendAsync(HttpMethod.Post, path, Jwt("POST", path), body);
        using var a = JsonDocument.Parse(first.Body);
        using var b = JsonDocument.Parse(second.Body);
        Assert.True(a.RootElement.GetProperty("success").GetBoolean());
        Assert.Equal(a.RootElement.GetProperty("order_id").GetString(), b.RootElement.GetProperty("order_id").GetString());
    }

    [Fact]
    public async Task Orders_InsufficientFunds_IsHttp200SuccessFalse()
    {
        const string path = "/api/v3/brokerage/orders";
        const string body = """{"client_order_id":"5b2b2a4e-0000-5000-8000-000000000002","product_id":"BTC-USDT","side":"BUY","order_configuration":{"limit_limit_gtc":{"base_size":"1","limit_price":"40000"}}}""";
        var (status, text) = await SendAsync(HttpMethod.Post, path, Jwt("POST", path), body);
        using var json = JsonDocument.Parse(text);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(json.RootElement.GetProperty("success").GetBoolean());
        Assert.Equal("INSUFFICIENT_FUND", json.RootElement.GetProperty("error_response").GetProperty("error").GetString());
    }
}
