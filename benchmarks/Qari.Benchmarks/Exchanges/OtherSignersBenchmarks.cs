using System.Text;
using BenchmarkDotNet.Attributes;
using Qari.Exchanges.Bitget;
using Qari.Exchanges.Coinbase;
using Qari.Exchanges.Http;
using Qari.Exchanges.Kraken;

namespace Qari.Benchmarks.Exchanges;

/// <summary>
/// Per-request authentication cost of Bitget (HMAC-SHA256 base64), Kraken (SHA-256 + HMAC-SHA512, nonce from the
/// cross-process file source) and Coinbase (PEM import + ES256 JWT), against an in-memory Kraken nonce.
/// </summary>
[MemoryDiagnoser]
public class OtherSignersBenchmarks
{
    private const string Pem = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIKwf3Uox30cRWzRBOPoPOH5p0Gpb0Dt8zUKXUEM5fMkGoAoGCCqGSM49\nAwEHoUQDQgAEbAtpLlSZYVOwYICz+uEyxcS29vRIujiES/gQ1DC7FV4zK4JuYE9v\nqDyGZQYjdXHLM7I6f/QnnOITL+dXYWBHRA==\n-----END EC PRIVATE KEY-----\n";
    private const string KrakenSecret = "kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==";
    private static readonly DateTimeOffset At = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000);
    private readonly string _nonceDirectory = Path.Combine(Path.GetTempPath(), "qari-bench-nonces-" + Guid.NewGuid().ToString("N"));
    private InMemoryCredentials _bitgetKey = null!, _krakenKey = null!, _coinbaseKey = null!;
    private KrakenSigner _krakenFile = null!, _krakenMemory = null!;
    private readonly BitgetSigner _bitget = new();
    private readonly CoinbaseSigner _coinbase = new(new Uri("https://api.coinbase.com"));
    private readonly RestRequest _bitgetOrder = new(BitgetEndpoints.PlaceOrder, body: "{\"symbol\":\"BTCUSDT\",\"side\":\"buy\",\"orderType\":\"limit\",\"force\":\"gtc\",\"price\":\"65000.5\",\"size\":\"0.01\",\"clientOid\":\"q1aE0\"}");
    private readonly RestRequest _krakenOrder = new(KrakenEndpoints.AddOrder, body: "pair=XBTUSDT&type=buy&ordertype=limit&volume=0.01&price=65000.5&cl_ord_id=q1aE0");
    private readonly RestRequest _coinbaseOrder = new(CoinbaseEndpoints.CreateOrder, body: "{\"client_order_id\":\"x\"}");

    [GlobalSetup]
    public void Setup()
    {
        _bitgetKey = new InMemoryCredentials("bg_key", "bitget-secret-0123456789", "passphrase");
        _krakenKey = new InMemoryCredentials("kraken-key", KrakenSecret);
        _coinbaseKey = new InMemoryCredentials("organizations/bench/apiKeys/bench", Pem);
        _krakenFile = new KrakenSigner(new FileKrakenNonceSource(_nonceDirectory, "bench"));
        _krakenMemory = new KrakenSigner(new CounterNonce());
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _bitgetKey.Dispose();
        _krakenKey.Dispose();
        _coinbaseKey.Dispose();
        if (Directory.Exists(_nonceDirectory)) Directory.Delete(_nonceDirectory, recursive: true);
    }

    [Benchmark]
    public SignedRequest BitgetSignOrder() => _bitget.Sign(_bitgetOrder, _bitgetKey, At);

    [Benchmark]
    public SignedRequest KrakenSignOrderInMemoryNonce() => _krakenMemory.Sign(_krakenOrder, _krakenKey, At);

    [Benchmark]
    public SignedRequest KrakenSignOrderFileNonce() => _krakenFile.Sign(_krakenOrder, _krakenKey, At);

    [Benchmark]
    public SignedRequest CoinbaseSignOrderJwt() => _coinbase.Sign(_coinbaseOrder, _coinbaseKey, At);

    private sealed class CounterNonce : IKrakenNonceSource
    {
        private long _last;

        public long Next(string keyId, long floor) => Math.Max(Interlocked.Increment(ref _last), floor);
    }
}
