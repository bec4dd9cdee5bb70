using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Qari.Exchanges.Coinbase;
using Qari.Exchanges.Http;

namespace Qari.Exchanges.Tests.Coinbase;

public sealed class CoinbaseJwtTests
{
    // The test key of Coinbase's official Python SDK (coinbase/coinbase-advanced-py, tests/constants.py).
    private const string KeyName = "organizations/test-organization/apiKeys/test-api-key";
    private const string Pem = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIKwf3Uox30cRWzRBOPoPOH5p0Gpb0Dt8zUKXUEM5fMkGoAoGCCqGSM49\nAwEHoUQDQgAEbAtpLlSZYVOwYICz+uEyxcS29vRIujiES/gQ1DC7FV4zK4JuYE9v\nqDyGZQYjdXHLM7I6f/QnnOITL+dXYWBHRA==\n-----END EC PRIVATE KEY-----\n";

    [Fact]
    public void Create_SdkTestKey_HeaderAndPayloadMatchTheSdkAndTheSignatureVerifies()
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);
        var uri = CoinbaseJwt.Uri("GET", "api.coinbase.com", "/api/v3/brokerage/accounts");
        var jwt = CoinbaseJwt.Create(Encoding.UTF8.GetBytes(Pem), KeyName, uri, now, "0123456789abcdef0123456789abcdef");
        var parts = jwt.Split('.');
        Assert.Equal(3, parts.Length);
        using var header = JsonDocument.Parse(CoinbaseJwt.FromBase64Url(parts[0]));
        using var payload = JsonDocument.Parse(CoinbaseJwt.FromBase64Url(parts[1]));
        Assert.Equal("ES256", header.RootElement.GetProperty("alg").GetString());
        Assert.Equal(KeyName, header.RootElement.GetProperty("kid").GetString());
        Assert.Equal("0123456789abcdef0123456789abcdef", header.RootElement.GetProperty("nonce").GetString());
        Assert.Equal(KeyName, payload.RootElement.GetProperty("sub").GetString());
        Assert.Equal("cdp", payload.RootElement.GetProperty("iss").GetString());
        Assert.Equal("GET api.coinbase.com/api/v3/brokerage/accounts", payload.RootElement.GetProperty("uri").GetString());
        Assert.Equal(1_700_000_000, payload.RootElement.GetProperty("nbf").GetInt64());
        Assert.Equal(1_700_000_120, payload.RootElement.GetProperty("exp").GetInt64());
        // ECDSA signatures are randomised: verify with the public key instead of comparing bytes.
        using var key = ECDsa.Create();
        key.ImportFromPem(Pem);
        var signature = CoinbaseJwt.FromBase64Url(parts[2]);
        Assert.Equal(64, signature.Length);
        Assert.True(key.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));
    }

    [Fact]
    public void Sign_Request_BindsTheUriToMethodHostAndPathWithoutQuery()
    {
        using var credentials = new InMemoryCredentials(KeyName, Pem);
        var request = new RestRequest(CoinbaseEndpoints.ListOrders, "order_status=OPEN&limit=250");
        var signed = new CoinbaseSigner(new Uri("https://api.coinbase.com")).Sign(request, credentials, DateTimeOffset.FromUnixTimeSeconds(1_700_000_000));
        var bearer = Assert.Single(signed.Headers, h => h.Key == "Authorization").Value;
        Assert.StartsWith("Bearer ", bearer, StringComparison.Ordinal);
        using var payload = JsonDocument.Parse(CoinbaseJwt.FromBase64Url(bearer["Bearer ".Length..].Split('.')[1]));
        Assert.Equal("GET api.coinbase.com/api/v3/brokerage/orders/historical/batch", payload.RootElement.GetProperty("uri").GetString());
        Assert.Equal("/api/v3/brokerage/orders/historical/batch?order_status=OPEN&limit=250", signed.PathAndQuery);
    }

    [Fact]
    public void Create_TwoTokens_HaveDifferentNoncesAndSignatures()
    {
        using var credentials = new InMemoryCredentials(KeyName, Pem);
        var signer = new CoinbaseSigner(new Uri("https://api.coinbase.com"));
        var a = signer.Sign(new RestRequest(CoinbaseEndpoints.Accounts), credentials, DateTimeOffset.FromUnixTimeSeconds(1)).Headers[0].Value;
        var b = signer.Sign(new RestRequest(CoinbaseEndpoints.Accounts), credentials, DateTimeOffset.FromUnixTimeSeconds(1)).Headers[0].Value;
        Assert.NotEqual(a, b);
    }

    [Theory]
    [InlineData("bad_secret")]
    [InlineData("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n")]
    public void IsEcPrivateKey_NotAnEcPem_IsFalse(string secret) => Assert.False(CoinbaseJwt.IsEcPrivateKey(Encoding.UTF8.GetBytes(secret)));

    [Fact]
    public void IsEcPrivateKey_SdkKeyWithEscapedNewlines_IsTrue() =>
        Assert.True(CoinbaseJwt.IsEcPrivateKey(Encoding.UTF8.GetBytes(Pem.Replace("\n", "\\n", StringComparison.Ordinal))));
}
