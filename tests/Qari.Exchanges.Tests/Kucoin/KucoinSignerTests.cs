using System.Security.Cryptography;
using System.Text;
using Qari.Exchanges.Http;
using Qari.Exchanges.Kucoin;

namespace Qari.Exchanges.Tests.Kucoin;

public class KucoinSignerTests
{
    // KuCoin's documented spot example (Create Deposit Address): key 5c2db93503aa674c74a31734.
    private const string DocSecret = "f03a5284-5c39-4aaa-9b20-dea10bdcf8e3";

    [Theory]
    [InlineData("BTC", "7QP/oM0ykidMdrfNEUmng8eZjg/ZvPafjIqmxiVfYu4=")]
    [InlineData("EOS", "9IzcFtvQ4kAK/UrnQBbzfya2FGjFvZiB1ehl7/BMY/E=")]
    public void Signature_DocumentedSpotExamples_MatchPublishedValues(string currency, string expected)
    {
        var body = "{\"currency\":\"" + currency + "\"}";
        var prehash = KucoinSigner.Prehash("1547015186532", "POST", "/api/v1/deposit-addresses", body);

        Assert.Equal("1547015186532POST/api/v1/deposit-addresses" + body, prehash);
        Assert.Equal(expected, KucoinSigner.Signature(Encoding.UTF8.GetBytes(DocSecret), prehash));
    }

    [Fact]
    public void Sign_KeyVersion2_SendsHmacOfPassphraseNotThePassphrase()
    {
        var credentials = new InMemoryCredentials("5c2db93503aa674c74a31734", DocSecret, "Abc123456");

        // Any POST endpoint will do: the signer signs the request's own path and body.
        var endpoint = new Endpoint("docExample", HttpMethod.Post, "/api/v1/deposit-addresses", Signed: true, Weight: 1);
        var signed = new KucoinSigner().Sign(new RestRequest(endpoint, body: "{\"currency\":\"BTC\"}"), credentials, DateTimeOffset.FromUnixTimeMilliseconds(1547015186532));
        var headers = signed.Headers.ToDictionary(h => h.Key, h => h.Value);

        var expectedPassphrase = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(DocSecret), Encoding.UTF8.GetBytes("Abc123456")));
        Assert.Equal("5c2db93503aa674c74a31734", headers["KC-API-KEY"]);
        Assert.Equal("7QP/oM0ykidMdrfNEUmng8eZjg/ZvPafjIqmxiVfYu4=", headers["KC-API-SIGN"]);
        Assert.Equal("1547015186532", headers["KC-API-TIMESTAMP"]);
        Assert.Equal(expectedPassphrase, headers["KC-API-PASSPHRASE"]);
        Assert.NotEqual("Abc123456", headers["KC-API-PASSPHRASE"]);
        Assert.Equal("2", headers["KC-API-KEY-VERSION"]);
        Assert.Equal("{\"currency\":\"BTC\"}", signed.Body);
        Assert.Equal("application/json", signed.ContentType);
    }

    [Fact]
    public void Sign_GetWithQuery_SignsPathAndQueryWithEmptyBody()
    {
        var credentials = new InMemoryCredentials("k", "s", "p");

        var request = new RestRequest(KucoinEndpoints.ActiveOrders, "symbol=BTC-USDT");
        var signed = new KucoinSigner().Sign(request, credentials, DateTimeOffset.FromUnixTimeMilliseconds(1700000000000));
        var sign = signed.Headers.Single(h => h.Key == "KC-API-SIGN").Value;

        var expected = KucoinSigner.Signature("s"u8, "1700000000000GET/api/v1/hf/orders/active?symbol=BTC-USDT");
        Assert.Equal(expected, sign);
        Assert.NotEqual(KucoinSigner.Signature("s"u8, "1700000000000GET/api/v1/hf/orders/active"), sign);
        Assert.Equal("/api/v1/hf/orders/active?symbol=BTC-USDT", signed.PathAndQuery);
    }
}
