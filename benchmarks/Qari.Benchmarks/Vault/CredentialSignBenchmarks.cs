using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using Qari.Model.Ids;
using Qari.Vault.Credentials;
using Qari.Vault.Envelope;
using Qari.Vault.MasterKeys;

namespace Qari.Benchmarks.Vault;

/// <summary>
/// The cost the vault adds to each signed request: unwrap the data key, decrypt the credential, HMAC-SHA256 sign,
/// wipe. Compared with signing from a secret held in plain memory (what a bot without a vault does).
/// </summary>
[MemoryDiagnoser, MinColumn, MedianColumn]
public class CredentialSignBenchmarks
{
    private static readonly byte[] Payload = Encoding.UTF8.GetBytes(
        "1700000000000GET/api/v5/trade/orders-pending?instType=SPOT&instId=BTC-USDT&ordType=limit&state=live&limit=100");

    private MasterKeyRing _ring = null!;
    private CredentialHandle _handle = null!;
    private byte[] _plainSecret = null!;

    [GlobalSetup]
    public void Setup()
    {
        _ring = new MasterKeyRing(AesGcmMasterKey.Generate());
        var cipher = new CredentialCipher(_ring);
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
        _plainSecret = Encoding.UTF8.GetBytes(secret);
        using var credential = ExchangeCredential.KeySecretPassphrase("bench-api-key-0001", secret, "bench-passphrase");
        var binding = new CredentialBinding(new UserId(Guid.NewGuid()), ExchangeId.Okx, CredentialId.New(), 1);
        _handle = new CredentialHandle(binding, credential.Kind, credential.KeyHint, cipher.Seal(credential, binding), cipher);
    }

    [GlobalCleanup]
    public void Cleanup() => _ring.Dispose();

    /// <summary>Baseline: HMAC-SHA256 with the secret already in memory.</summary>
    [Benchmark(Baseline = true)]
    public byte SignWithPlainSecret()
    {
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(_plainSecret, Payload, mac);
        return mac[0];
    }

    /// <summary>Unwrap + decrypt + sign + wipe, as every order request does.</summary>
    [Benchmark]
    public byte DecryptAndSign() => _handle.Use(static view =>
    {
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(view.Secret, Payload, mac);
        return mac[0];
    }).Value;

    /// <summary>Unwrap + decrypt + wipe without signing.</summary>
    [Benchmark]
    public int DecryptOnly() => _handle.Use(static view => view.Secret.Length).Value;
}
