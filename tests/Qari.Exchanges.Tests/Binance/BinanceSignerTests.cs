using System.Text;
using Qari.Exchanges.Binance;
using Qari.Exchanges.Http;

namespace Qari.Exchanges.Tests.Binance;

/// <summary>Binance's documented HMAC examples (developers.binance.com, "SIGNED endpoint examples for POST /api/v3/order").</summary>
public sealed class BinanceSignerTests
{
    private const string Key = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A";
    private const string Secret = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";
    private static readonly DateTimeOffset DocTime = DateTimeOffset.FromUnixTimeMilliseconds(1499827319559);

    [Fact]
    public void Signature_QueryOnlyExample_MatchesTheDocs() =>
        Assert.Equal("c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71",
            BinanceSigner.Signature(Encoding.ASCII.GetBytes(Secret), "symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559"));

    [Fact]
    public void Signature_QueryAndBodyExample_ConcatenatesWithoutAmpersand() =>
        Assert.Equal("0fd168b8ddb4876a0358a8d14d0c9f3da0e9b20c5d52b2a00fcf7d1c602f9a77",
            BinanceSigner.Signature(Encoding.ASCII.GetBytes(Secret), "symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC" + "quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559"));

    [Fact]
    public void Sign_NonAsciiSymbol_SignsThePercentEncodedBytes()
    {
        var query = new QueryBuilder().Add("symbol", "１２３４５６").Add("side", "BUY").Add("type", "LIMIT").Add("timeInForce", "GTC").Add("quantity", 1m).Add("price", 0.1m).ToString();
        Assert.StartsWith("symbol=%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94%EF%BC%95%EF%BC%96&", query, StringComparison.Ordinal);
        Assert.Equal("e1353ec6b14d888f1164ae9af8228a3dbd508bc82eb867db8ab6046442f33ef3",
            BinanceSigner.Signature(Encoding.ASCII.GetBytes(Secret), query + "&recvWindow=5000&timestamp=1499827319559"));
    }

    [Fact]
    public void Sign_PostWithFormBody_AppendsAuthAndSignatureToTheBody()
    {
        using var credentials = new InMemoryCredentials(Key, Secret);
        var request = new RestRequest(BinanceEndpoints.NewOrder, body: "symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1", contentType: BinanceSigner.FormContentType);
        var signed = new BinanceSigner().Sign(request, credentials, DocTime);
        Assert.Equal("/api/v3/order", signed.PathAndQuery);
        Assert.Equal("symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559&signature=c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71", signed.Body);
        Assert.Contains(new KeyValuePair<string, string>("X-MBX-APIKEY", Key), signed.Headers);
        Assert.Equal(BinanceSigner.FormContentType, signed.ContentType);
    }

    [Fact]
    public void Sign_Get_PutsEverythingInTheQuery()
    {
        using var credentials = new InMemoryCredentials(Key, Secret);
        var signed = new BinanceSigner().Sign(new RestRequest(BinanceEndpoints.Account, "omitZeroBalances=true"), credentials, DocTime);
        Assert.StartsWith("/api/v3/account?omitZeroBalances=true&recvWindow=5000&timestamp=1499827319559&signature=", signed.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal("", signed.Body);
        var signature = signed.PathAndQuery[(signed.PathAndQuery.IndexOf("signature=", StringComparison.Ordinal) + 10)..];
        Assert.Equal(BinanceSigner.Signature(Encoding.ASCII.GetBytes(Secret), "omitZeroBalances=true&recvWindow=5000&timestamp=1499827319559"), signature);
    }

    [Fact]
    public void Constructor_RecvWindowAboveBinanceMaximum_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new BinanceSigner(60_001));
}
