using System.Text;
using Qari.Exchanges.Http;
using Qari.Exchanges.Kraken;

namespace Qari.Exchanges.Tests.Kraken;

public sealed class KrakenSignerTests
{
    // Kraken's documented AddOrder example (docs.kraken.com, Spot REST authentication).
    private const string Secret = "kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==";
    private const string Expected = "4/dpxb3iT4tp/ZCVEwSnEsLxx0bqyhLpdfOpc6fn7OR8+UClSV5n9E6aSS8MPtnRfp32bAb0nmbRn6H8ndwLUQ==";

    [Fact]
    public void Signature_DocumentedAddOrderExample_MatchesKrakensApiSign() =>
        Assert.Equal(Expected, KrakenSigner.Signature(Encoding.UTF8.GetBytes(Secret), "/0/private/AddOrder", "1616492376594",
            "nonce=1616492376594&ordertype=limit&pair=XBTUSD&price=37500&type=buy&volume=1.25"));

    [Fact]
    public void Sign_DocumentedExampleParameters_PrependsTheNonceAndSignsTheSentBody()
    {
        using var credentials = new InMemoryCredentials("example-key", Secret);
        var request = new RestRequest(KrakenEndpoints.AddOrder, body: "ordertype=limit&pair=XBTUSD&price=37500&type=buy&volume=1.25", contentType: KrakenSigner.FormContentType);
        var signer = new KrakenSigner(new FixedNonce(1616492376594));
        var signed = signer.Sign(request, credentials, DateTimeOffset.FromUnixTimeMilliseconds(1616492376594));
        Assert.Equal("nonce=1616492376594&ordertype=limit&pair=XBTUSD&price=37500&type=buy&volume=1.25", signed.Body);
        var headers = signed.Headers.ToDictionary(h => h.Key, h => h.Value);
        Assert.Equal(Expected, headers["API-Sign"]);
        Assert.Equal("example-key", headers["API-Key"]);
    }

    [Fact]
    public void Sign_Always_AsksForANonceAtLeastTheTimeInMicroseconds()
    {
        using var credentials = new InMemoryCredentials("k", Secret);
        var nonces = new FixedNonce(0);
        new KrakenSigner(nonces).Sign(new RestRequest(KrakenEndpoints.BalanceEx), credentials, DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_123));
        Assert.Equal(1_700_000_000_123_000, nonces.LastFloor);
    }

    [Fact]
    public void IsBase64_NotBase64_IsFalse()
    {
        Assert.False(KrakenSigner.IsBase64("not-base64!"u8));
        Assert.True(KrakenSigner.IsBase64(Encoding.UTF8.GetBytes(Secret)));
    }

    private sealed class FixedNonce(long value) : IKrakenNonceSource
    {
        public long LastFloor { get; private set; }

        public long Next(string keyId, long floor)
        {
            LastFloor = floor;
            return value == 0 ? floor : value;
        }
    }
}
