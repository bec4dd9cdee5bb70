using Qari.Model.Ids;
using Qari.Vault.Credentials;
using Qari.Vault.Envelope;
using Qari.Vault.MasterKeys;
using Qari.Vault.Rotation;
using Qari.Vault.Tests.Support;

namespace Qari.Vault.Tests.Rotation;

public class MasterKeyRotationTests
{
    private const int Count = 23;
    private const int BatchSize = 5;

    private sealed class SimulatedCrashException : Exception;

    /// <summary>23 credentials sealed under key 1; each one's ciphertext kept aside to check it still decrypts.</summary>
    private static (InMemoryWrappedKeyStore Store, Dictionary<CredentialId, (CredentialBinding Binding, byte[] Ciphertext, string Secret)> Rows) Seed()
    {
        using var ring = TestKeys.Ring(1);
        var cipher = new CredentialCipher(ring);
        var store = new InMemoryWrappedKeyStore();
        var rows = new Dictionary<CredentialId, (CredentialBinding, byte[], string)>();
        for (var i = 0; i < Count; i++)
        {
            var binding = new CredentialBinding(new UserId(Guid.NewGuid()), ExchangeIds.All[i % 8], CredentialId.New(), 1);
            var secret = $"secret-{i:D3}-{Guid.NewGuid():N}";
            using var credential = ExchangeCredential.KeySecret($"key-{i:D3}-abcdef", secret);
            var sealedCredential = cipher.Seal(credential, binding);
            store.Put(new WrappedKeyRecord(binding, ring.Active.Id, sealedCredential.WrappedKey));
            rows[binding.Credential] = (binding, sealedCredential.Ciphertext, secret);
        }
        return (store, rows);
    }

    private static void AssertAllDecrypt(InMemoryWrappedKeyStore store, IReadOnlyDictionary<CredentialId, (CredentialBinding Binding, byte[] Ciphertext, string Secret)> rows, MasterKeyRing ring)
    {
        var cipher = new CredentialCipher(ring);
        foreach (var (id, row) in rows)
        {
            var record = store.Get(id);
            Assert.NotNull(record);
            var result = cipher.Open(new SealedCredential(record.WrappedKey, row.Ciphertext), row.Binding, TestKeys.Read);
            Assert.True(result.IsSuccess, $"{id}: {result.Error}");
            Assert.Equal(row.Secret, result.Value.Secret);
        }
    }

    [Fact]
    public async Task RunAsync_AllUnderOldKey_RewrapsAllAndReports()
    {
        var (store, rows) = Seed();
        using var rotating = TestKeys.Ring(2, 1);
        var report = await new MasterKeyRotation(new CredentialCipher(rotating), store, batchSize: BatchSize).RunAsync(CancellationToken.None);
        Assert.Equal(Count, report.Rewrapped);
        Assert.True(report.IsComplete);
        Assert.Equal(Count, report.Before[TestKeys.Key(1).Id]);
        Assert.Equal(Count, report.After[rotating.Active.Id]);
        Assert.Equal([TestKeys.Key(1).Id], report.Retirable);
        Assert.Contains($"{Count} data key(s) rewrapped", report.Describe());
        using var newOnly = TestKeys.Ring(2);
        AssertAllDecrypt(store, rows, newOnly);
    }

    public static TheoryData<RotationStep, int> CrashPoints()
    {
        var data = new TheoryData<RotationStep, int>();
        // 23 rows in batches of 5: 23 per-row steps, 6 batch reads (the last one empty), 5 finished batches.
        foreach (var step in Enum.GetValues<RotationStep>())
        {
            int[] occurrences = step switch
            {
                RotationStep.Rewrapped or RotationStep.Written => [1, 2, 7, 23],
                RotationStep.BatchLoaded => [1, 2, 6],
                RotationStep.BatchDone => [1, 5],
                _ => [1],
            };
            foreach (var occurrence in occurrences) data.Add(step, occurrence);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(CrashPoints))]
    public async Task RunAsync_CrashAtStepThenRerun_CompletesAndEveryCredentialDecrypts(RotationStep crashAt, int occurrence)
    {
        var (store, rows) = Seed();
        using var rotating = TestKeys.Ring(2, 1);
        var seen = 0;
        var crashing = new MasterKeyRotation(new CredentialCipher(rotating), store, batchSize: BatchSize, hook: step =>
        {
            if (step == crashAt && ++seen == occurrence) throw new SimulatedCrashException();
        });
        await Assert.ThrowsAsync<SimulatedCrashException>(() => crashing.RunAsync(CancellationToken.None));

        // Right after the crash: every credential opens with old + new keys, none is lost.
        AssertAllDecrypt(store, rows, rotating);

        var report = await new MasterKeyRotation(new CredentialCipher(rotating), store, batchSize: BatchSize).RunAsync(CancellationToken.None);
        Assert.True(report.IsComplete, report.Describe());
        Assert.Empty(report.Failures);
        Assert.Equal(Count, report.After.Values.Sum());
        using var newOnly = TestKeys.Ring(2);
        AssertAllDecrypt(store, rows, newOnly);
    }

    [Fact]
    public async Task RunAsync_OneWrappedKeyTampered_ReportsItAndRewrapsTheRest()
    {
        var (store, rows) = Seed();
        var victim = rows.Keys.First();
        store.Get(victim)!.WrappedKey[^1] ^= 0x01;
        using var rotating = TestKeys.Ring(2, 1);
        var report = await new MasterKeyRotation(new CredentialCipher(rotating), store, batchSize: BatchSize).RunAsync(CancellationToken.None);
        Assert.Equal(Count - 1, report.Rewrapped);
        var failure = Assert.Single(report.Failures);
        Assert.Equal(victim, failure.Credential);
        Assert.Equal(VaultErrors.Code(VaultErrorCode.WrappedKeyTampered), failure.ErrorCode);
        Assert.False(report.IsComplete);
        Assert.Empty(report.Retirable);
        Assert.Equal([(victim, failure.ErrorCode)], store.Failures);
        rows.Remove(victim);
        using var newOnly = TestKeys.Ring(2);
        AssertAllDecrypt(store, rows, newOnly);
    }

    [Fact]
    public async Task RunAsync_NothingToDo_ReportsCompleteWithZeroRewrapped()
    {
        var (store, _) = Seed();
        using var same = TestKeys.Ring(1);
        var report = await new MasterKeyRotation(new CredentialCipher(same), store).RunAsync(CancellationToken.None);
        Assert.Equal(0, report.Rewrapped);
        Assert.True(report.IsComplete);
    }
}
