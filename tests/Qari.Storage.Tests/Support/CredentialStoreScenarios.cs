using System.Security.Cryptography;
using System.Text;
using Qari.Model.Ids;
using Qari.Storage.Credentials;
using Qari.Vault;
using Qari.Vault.Credentials;
using Qari.Vault.MasterKeys;
using Qari.Vault.Rotation;
using Qari.Vault.Store;
using Qari.Vault.Tests.Support;

namespace Qari.Storage.Tests.Support;

/// <summary>Scenarios run unchanged against SQLite and PostgreSQL.</summary>
public static class CredentialStoreScenarios
{
    private const string Message = "GET/api/v5/account/balance1700000000000";
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>Expected signature computed from the sample's plaintext (never from storage).</summary>
    public static bool Verifies(SampleCredential sample, string signature)
    {
        if (sample.Exchange != ExchangeId.Coinbase)
            return signature == Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(sample.Secret), Encoding.UTF8.GetBytes(Message)));
        using var ec = ECDsa.Create();
        ec.ImportFromPem(sample.Secret);
        return ec.VerifyData(Encoding.UTF8.GetBytes(Message), Convert.FromBase64String(signature), HashAlgorithmName.SHA256);
    }

    /// <summary>Gets a handle and signs once; returns the error code on failure.</summary>
    public static async Task<(string? Signature, Qari.Model.Results.Error? Error)> SignAsync(StoreHarness h, UserId owner, CredentialId id)
    {
        var handle = await h.Store.GetForUseAsync(owner, id, None);
        if (!handle.IsSuccess) return (null, handle.Error);
        var signed = handle.Value.Use(view => SampleCredential.Sign(view, Message));
        return signed.IsSuccess ? (signed.Value, null) : (null, signed.Error);
    }

    public static async Task<List<(SampleCredential Sample, CredentialSummary Summary)>> AddAllAsync(StoreHarness h, UserId owner)
    {
        var added = new List<(SampleCredential, CredentialSummary)>();
        foreach (var sample in SampleCredential.ForAllExchanges())
        {
            using var credential = sample.Create();
            var result = await h.Store.AddAsync(owner, sample.Exchange, $"{sample.Exchange} main", credential, None);
            Assert.True(result.IsSuccess, result.Error?.ToString());
            added.Add((sample, result.Value));
        }
        return added;
    }

    public static async Task RoundTripAllExchangesAsync(StoreHarness h)
    {
        var owner = await h.AddUserAsync("alice");
        var added = await AddAllAsync(h, owner);
        foreach (var (sample, summary) in added)
        {
            var (signature, error) = await SignAsync(h, owner, summary.Id);
            Assert.True(error is null, error?.ToString());
            Assert.True(Verifies(sample, signature!), $"{sample.Exchange}: signature does not verify");
            Assert.Equal(CredentialStatus.NotConnected, summary.Status);
            Assert.Equal(h.Ring.Active.Id, summary.MasterKey);
            Assert.Equal(CredentialEvent.Added.ToString(), Assert.Single(h.AuditOf(summary.Id.Value)).Event);
        }
        var listed = await h.Store.ListAsync(owner, None);
        Assert.Equal(8, listed.Count);
        Assert.Equal(ExchangeIds.All.Order(), listed.Select(s => s.Exchange));
        Assert.Empty(await h.Store.ListAsync(await h.AddUserAsync("bob"), None));
    }

    public static async Task TamperingAsync(StoreHarness h, TamperCase tamper)
    {
        var alice = await h.AddUserAsync("alice");
        var bob = await h.AddUserAsync("bob");
        var victimSample = SampleCredential.For(ExchangeId.Okx);
        var aliceOther = SampleCredential.For(ExchangeId.Binance);
        var bobSample = SampleCredential.For(ExchangeId.Bybit);
        var victim = await AddAsync(h, alice, victimSample);
        var other = await AddAsync(h, alice, aliceOther);
        var bobs = await AddAsync(h, bob, bobSample);

        var (owner, target, expected) = tamper switch
        {
            TamperCase.CiphertextBit => (alice, victim, VaultErrorCode.CiphertextTampered),
            TamperCase.NonceBit => (alice, victim, VaultErrorCode.CiphertextTampered),
            TamperCase.TagBit => (alice, victim, VaultErrorCode.CiphertextTampered),
            TamperCase.WrappedKeyBit => (alice, victim, VaultErrorCode.WrappedKeyTampered),
            TamperCase.CopiedOntoOtherUsersRow => (bob, bobs, VaultErrorCode.BindingMismatch),
            TamperCase.RowMovedToOtherUser => (bob, victim, VaultErrorCode.BindingMismatch),
            TamperCase.RowMovedToOtherExchange => (alice, victim, VaultErrorCode.BindingMismatch),
            TamperCase.MasterKeyColumnRelabelled => (alice, victim, VaultErrorCode.WrappedKeyTampered),
            _ => (alice, victim, VaultErrorCode.MasterKeyMismatch),
        };
        byte[] victimCiphertext = [], victimWrapped = [];
        await h.TamperAsync(victim.Value, row => { victimCiphertext = row.Ciphertext; victimWrapped = row.WrappedKey; });
        var reader = h;
        switch (tamper)
        {
            case TamperCase.CiphertextBit: await h.TamperAsync(victim.Value, r => r.Ciphertext = Flip(r.Ciphertext, r.Ciphertext.Length - 1)); break;
            case TamperCase.NonceBit: await h.TamperAsync(victim.Value, r => r.Ciphertext = Flip(r.Ciphertext, 12 + 5)); break;
            case TamperCase.TagBit: await h.TamperAsync(victim.Value, r => r.Ciphertext = Flip(r.Ciphertext, 24 + 7)); break;
            case TamperCase.WrappedKeyBit: await h.TamperAsync(victim.Value, r => r.WrappedKey = Flip(r.WrappedKey, r.WrappedKey.Length - 30)); break;
            case TamperCase.CopiedOntoOtherUsersRow: await h.TamperAsync(bobs.Value, r => { r.Ciphertext = victimCiphertext; r.WrappedKey = victimWrapped; }); break;
            case TamperCase.RowMovedToOtherUser: await h.TamperAsync(victim.Value, r => r.UserId = bob.Value); break;
            case TamperCase.RowMovedToOtherExchange: await h.TamperAsync(victim.Value, r => r.Exchange = "kucoin"); break;
            case TamperCase.MasterKeyColumnRelabelled: await h.TamperAsync(victim.Value, r => r.MasterKeyId = "mk-0000000000000000"); break;
            case TamperCase.WrongMasterKey: reader = h.Reopen(TestKeys.Ring(9)); break;
        }

        var (_, error) = await SignAsync(reader, owner, target);
        Assert.True(error.Is(expected), $"{tamper}: expected {expected}, got {error}");
        var audit = h.AuditOf(target.Value).Last();
        Assert.Equal(CredentialEvent.DecryptionFailure.ToString(), audit.Event);
        Assert.Equal(VaultErrors.Code(expected), audit.Detail);

        // Every credential that was not itself altered still signs (with the right master key).
        Assert.Null((await SignAsync(h, alice, other)).Error);
        if (tamper != TamperCase.CopiedOntoOtherUsersRow) Assert.Null((await SignAsync(h, bob, bobs)).Error);
        if (tamper is TamperCase.CopiedOntoOtherUsersRow or TamperCase.WrongMasterKey)
            Assert.True(Verifies(victimSample, (await SignAsync(h, alice, victim)).Signature!));
    }

    public static async Task ReplaceAndRemoveAsync(StoreHarness h)
    {
        var owner = await h.AddUserAsync("alice");
        var first = SampleCredential.For(ExchangeId.Kucoin);
        var id = await AddAsync(h, owner, first);
        var second = SampleCredential.For(ExchangeId.Kucoin);
        using (var replacement = second.Create())
        {
            var replaced = await h.Store.ReplaceAsync(owner, id, replacement, None);
            Assert.True(replaced.IsSuccess, replaced.Error?.ToString());
            Assert.NotEqual(id, replaced.Value.Id);
            Assert.Equal(2, replaced.Value.Version);
            Assert.True((await h.Store.GetForUseAsync(owner, id, None)).Error is { Kind: Qari.Model.Results.ErrorKind.NotFound });
            Assert.True(Verifies(second, (await SignAsync(h, owner, replaced.Value.Id)).Signature!));
            Assert.Equal(CredentialEvent.Replaced.ToString(), h.AuditOf(id.Value).Last().Event);

            var marked = await h.Store.MarkStatusAsync(owner, replaced.Value.Id, CredentialStatus.Connected, "spot trade + read", """{"withdraw":false}""", None);
            Assert.Equal(CredentialStatus.Connected, marked.Value.Status);
            Assert.Equal(h.Time.GetUtcNow(), marked.Value.LastCheckedAt);
            Assert.Equal("""{"withdraw":false}""", marked.Value.PermissionReportJson);
            Assert.Equal(CredentialEvent.Verified.ToString(), h.AuditOf(replaced.Value.Id.Value).Last().Event);

            var stranger = await h.AddUserAsync("mallory");
            Assert.False((await h.Store.RemoveAsync(stranger, replaced.Value.Id, None)).IsSuccess);
            Assert.True((await h.Store.RemoveAsync(owner, replaced.Value.Id, None)).IsSuccess);
            Assert.Empty(await h.Store.ListAsync(owner, None));
            Assert.Equal(CredentialEvent.Removed.ToString(), h.AuditOf(replaced.Value.Id.Value).Last().Event);
        }
    }

    public static async Task RotationWithCrashAsync(StoreHarness h, RotationStep? crashAt, int occurrence)
    {
        var owner = await h.AddUserAsync("alice");
        var added = await AddAllAsync(h, owner);
        using var rotatingRing = TestKeys.Ring(2, 1);
        var rotating = h.Reopen(rotatingRing);
        var seen = 0;
        if (crashAt is { } step)
        {
            var crashing = new MasterKeyRotation(rotating.Cipher, rotating.WrappedKeys, batchSize: 3,
                hook: s => { if (s == step && ++seen == occurrence) throw new OperationCanceledException("simulated crash"); });
            await Assert.ThrowsAsync<OperationCanceledException>(() => crashing.RunAsync(None));
            foreach (var (sample, summary) in added)
                Assert.True(Verifies(sample, (await SignAsync(rotating, summary.Owner, summary.Id)).Signature!));
        }
        var report = await new MasterKeyRotation(rotating.Cipher, rotating.WrappedKeys, batchSize: 3).RunAsync(None);
        Assert.True(report.IsComplete, report.Describe());
        Assert.Equal(added.Count, report.After[rotatingRing.Active.Id]);

        var ids = (await h.WrappedKeys.CountByMasterKeyAsync(None)).Keys.ToList();
        Assert.Equal([rotatingRing.Active.Id], ids);
        using var newOnlyRing = TestKeys.Ring(2);
        var newOnly = h.Reopen(newOnlyRing);
        foreach (var (sample, summary) in added)
            Assert.True(Verifies(sample, (await SignAsync(newOnly, summary.Owner, summary.Id)).Signature!), $"{summary.Exchange} lost");
    }

    private static async Task<CredentialId> AddAsync(StoreHarness h, UserId owner, SampleCredential sample)
    {
        using var credential = sample.Create();
        var result = await h.Store.AddAsync(owner, sample.Exchange, "main", credential, None);
        Assert.True(result.IsSuccess, result.Error?.ToString());
        return result.Value.Id;
    }

    private static byte[] Flip(byte[] blob, int at)
    {
        var copy = (byte[])blob.Clone();
        copy[at] ^= 0x04;
        return copy;
    }
}
