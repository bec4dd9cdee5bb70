using BenchmarkDotNet.Attributes;
using Qari.Model.Ids;
using Qari.Vault.Credentials;
using Qari.Vault.Envelope;
using Qari.Vault.MasterKeys;
using Qari.Vault.Rotation;

namespace Qari.Benchmarks.Vault;

/// <summary>
/// Master-key rotation of 100,000 credentials: every data key unwrapped under the old key and wrapped under the
/// new one. The store is <see cref="InMemoryWrappedKeyStore"/>, so this measures the cryptography and the
/// rotation loop, not database writes.
/// </summary>
[MemoryDiagnoser, MinColumn, MedianColumn]
public class RotationBenchmarks
{
    private const int Credentials = 100_000;

    private MasterKeyRing _oldRing = null!;
    private MasterKeyRing _rotatingRing = null!;
    private WrappedKeyRecord[] _original = [];
    private InMemoryWrappedKeyStore _store = null!;

    [GlobalSetup]
    public void Setup()
    {
        var oldKeyBytes = System.Security.Cryptography.RandomNumberGenerator.GetBytes(AesGcmMasterKey.KeySize);
        var oldKey = AesGcmMasterKey.FromBytes(oldKeyBytes);
        _oldRing = new MasterKeyRing(oldKey);
        var cipher = new CredentialCipher(_oldRing);
        using var credential = ExchangeCredential.KeySecret("bench-api-key-0001", "bench-secret-0123456789abcdef0123456789abcdef");
        _original = new WrappedKeyRecord[Credentials];
        for (var i = 0; i < Credentials; i++)
        {
            var binding = new CredentialBinding(new UserId(Guid.NewGuid()), ExchangeIds.All[i % 8], CredentialId.New(), 1);
            _original[i] = new WrappedKeyRecord(binding, oldKey.Id, cipher.Seal(credential, binding).WrappedKey);
        }
        _rotatingRing = new MasterKeyRing(AesGcmMasterKey.Generate(), [AesGcmMasterKey.FromBytes(oldKeyBytes)]);
    }

    [IterationSetup]
    public void Reset()
    {
        _store = new InMemoryWrappedKeyStore();
        foreach (var record in _original) _store.Put(record);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _oldRing.Dispose();
        _rotatingRing.Dispose();
    }

    /// <summary>Rewraps all 100,000 data keys (batches of 500).</summary>
    [Benchmark]
    public async Task<int> Rotate100k()
    {
        var report = await new MasterKeyRotation(new CredentialCipher(_rotatingRing), _store).RunAsync(CancellationToken.None);
        if (!report.IsComplete || report.Rewrapped != Credentials) throw new InvalidOperationException(report.Describe());
        return report.Rewrapped;
    }
}
