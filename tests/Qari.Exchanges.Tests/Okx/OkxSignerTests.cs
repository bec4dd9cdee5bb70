using System.Text;
using Qari.Exchanges.Http;
using Qari.Exchanges.Okx;
using Qari.Exchanges.Tests.Bybit;

namespace Qari.Exchanges.Tests.Okx;

public class OkxSignerTests
{
    // OKX's REST authentication section: example timestamp, paths, body and secret (no expected value is
    // published, so the signatures below were computed independently with Python's hmac + base64).
    private const string DocSecret = "22582BD0CFF14C41EDBF1AB98506286D";
    private const string DocTimestamp = "2020-12-08T09:08:57.715Z";

    [Fact]
    public void FormatTimestamp_Time_HasExactlyThreeFractionalDigitsAndZ() =>
        Assert.Equal(DocTimestamp, OkxSigner.FormatTimestamp(new DateTimeOffset(2020, 12, 8, 9, 8, 57, 715, TimeSpan.Zero)));

    [Fact]
    public void FormatTimestamp_WholeSecond_StillWritesMillis() =>
        Assert.Equal("2024-01-02T03:04:05.000Z", OkxSigner.FormatTimestamp(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero)));

    [Theory]
    [InlineData("2020-12-08T09:08:57Z")]
    [InlineData("2020-12-08T09:08:57.7150Z")]
    [InlineData("1607418537715")]
    [InlineData("2020-12-08 09:08:57.715")]
    public void TryParseTimestamp_WrongShape_Fails(string text) => Assert.False(OkxSigner.TryParseTimestamp(text, out _));

    [Fact]
    public void PreHash_Get_PutsQueryInPathAndOmitsBody() =>
        Assert.Equal("2020-12-08T09:08:57.715ZGET/api/v5/account/balance?ccy=BTC",
            OkxSigner.PreHash(DocTimestamp, "get", "/api/v5/account/balance?ccy=BTC", ""));

    [Fact]
    public void Sign_DocumentedGetExample_MatchesIndependentHmac() =>
        Assert.Equal("HiZhvSfMtWJA3uUIVXV3a/bSXNPCWvYFXoGCVS8V4zY=",
            OkxSigner.Sign(Encoding.UTF8.GetBytes(DocSecret), DocTimestamp + "GET/api/v5/account/balance?ccy=BTC"));

    [Fact]
    public void Sign_DocumentedPostExample_SignsBodyVerbatim()
    {
        var (sign, passphrase) = OkxSigner.Sign(new TestKey("key", DocSecret, "my-pass"), DocTimestamp, "POST", "/api/v5/trade/order",
            "{\"instId\":\"BTC-USDT\",\"lever\":\"5\",\"mgnMode\":\"isolated\"}");
        Assert.Equal("B1CIgFITj5o4lMDG+Uz5juzEGMCIDXO9bxM4MBgQ62g=", sign);
        Assert.Equal("my-pass", passphrase);
    }

    [Fact]
    public void SignRequest_GetWithQuery_SignsPathWithQueryAndSendsThePassphrase()
    {
        var request = new RestRequest(OkxEndpoints.GetOrder, "instId=BTC-USDT&clOrdId=q1E0");
        var time = new DateTimeOffset(2020, 12, 8, 9, 8, 57, 715, TimeSpan.Zero);
        var signed = new OkxSigner().Sign(request, new TestKey("key", DocSecret, "my-pass"), time);
        var h = signed.Headers.ToDictionary(p => p.Key, p => p.Value);
        Assert.Equal(("key", DocTimestamp, "my-pass"), (h[OkxSigner.KeyHeader], h[OkxSigner.TimestampHeader], h[OkxSigner.PassphraseHeader]));
        Assert.Equal(OkxSigner.Sign(Encoding.UTF8.GetBytes(DocSecret), DocTimestamp + "GET/api/v5/trade/order?instId=BTC-USDT&clOrdId=q1E0"), h[OkxSigner.SignHeader]);
        Assert.Equal("", signed.Body);
    }
}
