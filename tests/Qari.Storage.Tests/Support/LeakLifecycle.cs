using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Qari.Vault.Credentials;
using Qari.Vault.MasterKeys;
using Qari.Vault.Rotation;
using Qari.Vault.Store;
using Qari.Vault.Tests.Support;

namespace Qari.Storage.Tests.Support;

/// <summary>The lifecycle the leak tests run on each database: every operation, every error path.</summary>
public static class LeakLifecycle
{
    /// <summary>Adds, uses, lists, marks, replaces, removes, tampers and rotates; collects every secret used and every message produced.</summary>
    public static async Task RunAsync(StoreHarness h, List<string> secrets, List<string> messages)
    {
        var none = CancellationToken.None;
        var alice = await h.AddUserAsync("alice");
        var bob = await h.AddUserAsync("bob");
        var all = await CredentialStoreScenarios.AddAllAsync(h, alice);
        all.AddRange(await CredentialStoreScenarios.AddAllAsync(h, bob));
        secrets.AddRange(all.SelectMany(a => a.Sample.Secrets));
        foreach (var (sample, summary) in all)
        {
            var handle = await h.Store.GetForUseAsync(summary.Owner, summary.Id, none);
            messages.Add(handle.Value.ToString());
            messages.Add(summary.ToString());
            var signature = handle.Value.Use(view => SampleCredential.Sign(view, "GET/api/v5/account/balance1700000000000"));
            Assert.True(CredentialStoreScenarios.Verifies(sample, signature.Value));
            using var credential = sample.Create();
            messages.Add(credential.ToString());
        }
        messages.AddRange((await h.Store.ListAsync(alice, none)).Select(s => s.ToString()));
        await h.Store.MarkStatusAsync(alice, all[0].Summary.Id, CredentialStatus.Connected, "read + spot", """{"spot":true}""", none);

        for (var i = 1; i <= 2; i++)
        {
            var fresh = SampleCredential.For(all[i].Sample.Exchange);
            secrets.AddRange(fresh.Secrets);
            using var replacement = fresh.Create();
            messages.Add((await h.Store.ReplaceAsync(alice, all[i].Summary.Id, replacement, none)).ToString());
        }
        messages.Add((await h.Store.RemoveAsync(alice, all[3].Summary.Id, none)).ToString());

        // Tampering and wrong keys: every error message is collected.
        await h.TamperAsync(all[4].Summary.Id.Value, r => r.Ciphertext = [.. r.Ciphertext[..^1], (byte)(r.Ciphertext[^1] ^ 1)]);
        messages.Add((await h.Store.GetForUseAsync(alice, all[4].Summary.Id, none)).ToString());
        byte[] copied = [];
        await h.TamperAsync(all[5].Summary.Id.Value, r => copied = r.Ciphertext);
        await h.TamperAsync(all[9].Summary.Id.Value, r => r.Ciphertext = copied);
        messages.Add((await h.Store.GetForUseAsync(bob, all[9].Summary.Id, none)).ToString());
        using (var wrongRing = TestKeys.Ring(7))
            messages.Add((await h.Reopen(wrongRing).Store.GetForUseAsync(alice, all[6].Summary.Id, none)).ToString());
        var stored = (await h.WrappedKeys.CountByMasterKeyAsync(none)).Keys.ToList();
        messages.Add(MasterKeyStartup.Open(new EnvironmentMasterKeyProvider(n => n == EnvironmentMasterKeyProvider.ActiveVariable ? TestKeys.KeyBase64(2) : null),
            stored, NullLogger.Instance).ToString());
        messages.Add(new EnvironmentMasterKeyProvider(n => n == EnvironmentMasterKeyProvider.ActiveVariable ? TestKeys.KeyBase64(1)[..20] : null).Load(false).ToString());

        // Exceptions a caller could see.
        messages.Add(Assert.Throws<ArgumentException>(() => ExchangeCredential.KeySecretPassphrase(all[0].Sample.ApiKey, all[0].Sample.Secret, "")).ToString());
        await using (var context = h.Database.CreateContext())
        {
            messages.Add((await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => context.Database.ExecuteSqlRawAsync("DELETE FROM credential_audit"))).ToString());
        }

        using var rotating = TestKeys.Ring(2, 1);
        var rotation = h.Reopen(rotating);
        var report = await new MasterKeyRotation(rotation.Cipher, rotation.WrappedKeys, h.LoggerFactory.CreateLogger<MasterKeyRotation>()).RunAsync(none);
        messages.Add(report.Describe());
        messages.AddRange(report.Failures.Select(f => f.Message));
        messages.Add(rotating.ToString());
    }
}
