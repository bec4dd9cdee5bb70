using System.Text;
using Qari.Exchanges.Gate;
using Qari.Exchanges.Http;

namespace Qari.Exchanges.Tests.Gate;

public class GateSignerTests
{
    // Gate APIv4 documentation, "Authentication" examples: key "key", secret "secret", timestamp 1541993715.
    private static readonly byte[] DocSecret = Encoding.UTF8.GetBytes("secret");

    [Fact]
    public void Signature_DocumentedGetExample_MatchesPublishedValue()
    {
        var prehash = GateSigner.Prehash("GET", "/api/v4/futures/orders", "contract=BTC_USD&status=finished&limit=50", "", "1541993715");

        Assert.Equal(
            "55f84ea195d6fe57ce62464daaa7c3c02fa9d1dde954e4c898289c9a2407a3d6fb3faf24deff16790d726b66ac9f74526668b13bd01029199cc4fcc522418b8a",
            GateSigner.Signature(DocSecret, prehash));
    }

    [Fact]
    public void Signature_DocumentedPostExample_MatchesPublishedValue()
    {
        const string body = "{\"contract\":\"BTC_USD\",\"type\":\"limit\",\"size\":100,\"price\":6800,\"time_in_force\":\"gtc\"}";

        var prehash = GateSigner.Prehash("POST", "/api/v4/futures/orders", "", body, "1541993715");

        Assert.Equal(
            "ad3c169203dc3026558f01b4df307641fa1fa361f086b2306658886d5708767b1854797c68d9e62fef2f991645aa82673622ebf417e091d0bd22bafe5d956cca",
            GateSigner.BodyHash(body));
        Assert.Equal(
            "eae42da914a590ddf727473aff25fc87d50b64783941061f47a3fdb92742541fc4c2c14017581b4199a1418d54471c269c03a38d788d802e2c306c37636389f0",
            GateSigner.Signature(DocSecret, prehash));
    }

    [Fact]
    public void BodyHash_EmptyBody_IsSha512OfEmptyString()
    {
        Assert.Equal(
            "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e",
            GateSigner.BodyHash(""));
    }

    [Fact]
    public void Sign_Request_ProducesKeyTimestampInSecondsAndSignature()
    {
        // The documented request is a futures path; the signer signs whatever path the request names.
        var endpoint = new Endpoint("docExample", HttpMethod.Get, "/api/v4/futures/orders", Signed: true, Weight: 1);
        var signed = new GateSigner().Sign(new RestRequest(endpoint, "contract=BTC_USD&status=finished&limit=50"), new InMemoryCredentials("key", "secret"),
            DateTimeOffset.FromUnixTimeSeconds(1541993715));
        var headers = signed.Headers.ToDictionary(h => h.Key, h => h.Value);

        Assert.Equal("key", headers["KEY"]);
        Assert.Equal("1541993715", headers["Timestamp"]);
        Assert.Equal(
            "55f84ea195d6fe57ce62464daaa7c3c02fa9d1dde954e4c898289c9a2407a3d6fb3faf24deff16790d726b66ac9f74526668b13bd01029199cc4fcc522418b8a",
            headers["SIGN"]);
        Assert.Equal("/api/v4/futures/orders?contract=BTC_USD&status=finished&limit=50", signed.PathAndQuery);
    }

    [Fact]
    public void Sign_PostBody_HashesTheExactBodySent()
    {
        const string body = "{\"contract\":\"BTC_USD\",\"type\":\"limit\",\"size\":100,\"price\":6800,\"time_in_force\":\"gtc\"}";
        var endpoint = new Endpoint("docExample", HttpMethod.Post, "/api/v4/futures/orders", Signed: true, Weight: 1);

        var signed = new GateSigner().Sign(new RestRequest(endpoint, body: body), new InMemoryCredentials("key", "secret"), DateTimeOffset.FromUnixTimeSeconds(1541993715));

        Assert.Equal(body, signed.Body);
        Assert.Equal("application/json", signed.ContentType);
        Assert.Equal(
            "eae42da914a590ddf727473aff25fc87d50b64783941061f47a3fdb92742541fc4c2c14017581b4199a1418d54471c269c03a38d788d802e2c306c37636389f0",
            signed.Headers.Single(h => h.Key == "SIGN").Value);
    }
}
