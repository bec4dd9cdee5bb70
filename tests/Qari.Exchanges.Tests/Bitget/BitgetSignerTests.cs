using System.Security.Cryptography;
using System.Text;
using Qari.Exchanges.Bitget;
using Qari.Exchanges.Http;

namespace Qari.Exchanges.Tests.Bitget;

public sealed class BitgetSignerTests
{
    [Fact]
    public void Prehash_GetWithQuery_IsTimestampMethodPathQuestionMarkQuery()
    {
        // The shape of Bitget's documented example: timestamp + "GET" + path + "?" + sorted query, no body.
        Assert.Equal("16273667805456GET/api/v2/spot/trade/orderInfo?orderId=1&symbol=BTCUSDT",
            BitgetSigner.Prehash("16273667805456", "get", "/api/v2/spot/trade/orderInfo", "orderId=1&symbol=BTCUSDT", ""));
    }

    [Fact]
    public void Prehash_PostWithBody_AppendsTheExactBodyWithoutQuestionMark()
    {
        const string body = "{\"symbol\":\"BTCUSDT\",\"side\":\"buy\",\"orderType\":\"limit\",\"force\":\"gtc\",\"price\":\"23222.5\",\"size\":\"1\"}";
        Assert.Equal("1684813405058POST/api/v2/spot/trade/place-order" + body,
            BitgetSigner.Prehash("1684813405058", "POST", "/api/v2/spot/trade/place-order", "", body));
    }

    [Fact]
    public void Sign_Post_SendsBase64HmacOfPrehashWithAllFourAccessHeaders()
    {
        using var credentials = new InMemoryCredentials("bg_key", "bg-secret", "my passphrase");
        var request = new RestRequest(BitgetEndpoints.PlaceOrder, body: "{\"symbol\":\"BTCUSDT\"}", contentType: BitgetSigner.JsonContentType);
        var at = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_123);
        var signed = new BitgetSigner().Sign(request, credentials, at);
        var expected = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes("bg-secret"),
            Encoding.UTF8.GetBytes("1700000000123POST/api/v2/spot/trade/place-order{\"symbol\":\"BTCUSDT\"}")));
        var headers = signed.Headers.ToDictionary(h => h.Key, h => h.Value);
        Assert.Equal(expected, headers["ACCESS-SIGN"]);
        Assert.Equal("bg_key", headers["ACCESS-KEY"]);
        Assert.Equal("1700000000123", headers["ACCESS-TIMESTAMP"]);
        Assert.Equal("my passphrase", headers["ACCESS-PASSPHRASE"]);
        Assert.Equal("{\"symbol\":\"BTCUSDT\"}", signed.Body);
        Assert.Equal("application/json", signed.ContentType);
    }
}
