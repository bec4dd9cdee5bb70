using Microsoft.Extensions.Time.Testing;
using Qari.Model.Ids;
using Qari.Storage.Credentials;
using Qari.Storage.Database;
using Qari.Storage.Tests.Support;
using Qari.Vault;
using Qari.Vault.MasterKeys;
using Qari.Vault.Rotation;
using Qari.Vault.Tests.Support;

namespace Qari.Storage.Tests.Credentials;

public sealed class CredentialVaultTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task SelfHostedLifecycle_KeyFileCreatedRotatedAndCheckedAtEachStart()
    {
        var database = QariDatabase.Sqlite(Path.Combine(_directory.Path, "qari.db"));
        await database.MigrateAsync(CancellationToken.None);
        var keyFile = new FileMasterKeyProvider(Path.Combine(_directory.Path, "keys", "master.key"));
        var sample = SampleCredential.For(ExchangeId.Okx);
        var user = await AddUserAsync(database);

        // First start: empty store, so the key file is created.
        Qari.Vault.Credentials.CredentialId id;
        MasterKeyId firstKey;
        using (var vault = (await CredentialVault.OpenAsync(database, keyFile, _time, null, CancellationToken.None)).Value)
        {
            using var credential = sample.Create();
            id = (await vault.Store.AddAsync(user, ExchangeId.Okx, "main", credential, CancellationToken.None)).Value.Id;
            firstKey = vault.ActiveMasterKey;
        }
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.Combine(_directory.Path, "keys")));

        // A start with another key is refused and changes nothing.
        var wrong = await CredentialVault.OpenAsync(database, new EnvironmentMasterKeyProvider(n => n == EnvironmentMasterKeyProvider.ActiveVariable ? TestKeys.KeyBase64(5) : null), _time, null, CancellationToken.None);
        Assert.True(wrong.Error.Is(VaultErrorCode.MasterKeyMismatch));
        Assert.Contains(firstKey.Value, wrong.Error!.Message);

        // Rotation: a new active key goes first in the file, an interrupted run is resumed, then the old key is unused.
        var newKey = keyFile.AddActiveKey().Value;
        using (var vault = (await CredentialVault.OpenAsync(database, keyFile, _time, null, CancellationToken.None)).Value)
        {
            Assert.Equal(newKey, vault.ActiveMasterKey);
            await Assert.ThrowsAsync<OperationCanceledException>(() => vault.RotateMasterKeyAsync(CancellationToken.None,
                step => { if (step == RotationStep.Rewrapped) throw new OperationCanceledException("simulated crash"); }));
            var report = await vault.RotateMasterKeyAsync(CancellationToken.None);
            Assert.True(report.IsComplete, report.Describe());
            Assert.Equal([firstKey], report.Retirable);
        }

        // The key file's new key alone now opens the credential.
        using var onlyNew = (await CredentialVault.OpenAsync(database, keyFile, _time, null, CancellationToken.None)).Value;
        var handle = await onlyNew.Store.GetForUseAsync(user, id, CancellationToken.None);
        Assert.True(CredentialStoreScenarios.Verifies(sample, handle.Value.Use(v => SampleCredential.Sign(v, "GET/api/v5/account/balance1700000000000")).Value));
        Assert.Equal(newKey, (await onlyNew.Store.ListAsync(user, CancellationToken.None)).Single().MasterKey);
    }

    private async Task<UserId> AddUserAsync(QariDatabase database)
    {
        var id = Guid.NewGuid();
        await using var context = database.CreateContext();
        context.Users.Add(new Qari.Storage.Accounts.UserEntity { Id = id, DisplayName = "self", CreatedAt = _time.GetUtcNow() });
        await context.SaveChangesAsync();
        return new UserId(id);
    }
}
