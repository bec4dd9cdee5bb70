using System.Text;
using BenchmarkDotNet.Attributes;
using Qari.Exchanges.Binance;
using Qari.Exchanges.Http;

namespace Qari.Benchmarks.Exchanges;

/// <summary>Signing cost: Binance HMAC-SHA256 of a typical order, raw and through the signer (credentials, query building, headers).</summary>
[MemoryDiagnoser]
public class ExchangeSigningBenchmarks
{
    private const string Payload = "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.01&price=65000.5&newClientOrderId=q1aE0&newOrderRespType=RESULT&recvWindow=5000&timestamp=1499827319559";
    private readonly byte[] _secret = Encoding.ASCII.GetBytes("NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j");
    private readonly BinanceSigner _signer = new();
    private InMemoryCredentials _credentials = null!;
    private RestRequest _request = null!;

    [GlobalSetup]
    public void Setup()
    {
        _credentials = new InMemoryCredentials("vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A", Encoding.ASCII.GetString(_secret));
        _request = new RestRequest(BinanceEndpoints.NewOrder, body: "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.01&price=65000.5&newClientOrderId=q1aE0&newOrderRespType=RESULT", contentType: BinanceSigner.FormContentType);
    }

    [GlobalCleanup]
    public void Cleanup() => _credentials.Dispose();

    [Benchmark(Baseline = true)]
    public string HmacSha256Hex() => BinanceSigner.Signature(_secret, Payload);

    [Benchmark]
    public SignedRequest BinanceSignOrder() => _signer.Sign(_request, _credentials, DateTimeOffset.FromUnixTimeMilliseconds(1499827319559));
}
