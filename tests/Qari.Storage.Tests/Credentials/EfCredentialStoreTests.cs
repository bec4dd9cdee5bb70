using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Qari.Model.Ids;
using Qari.Model.Results;
using Qari.Storage.Credentials;
using Qari.Storage.Tests.Support;
using Qari.Vault.Credentials;

namespace Qari.Storage.Tests.Credentials;

public sealed class EfCredentialStoreTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task GetForUse_AfterAddOnEveryExchange_SignsWithTheOriginalSecret()
    {
        await using var h = await StoreHarness.SqliteAsync(_directory.Path);
        await CredentialStoreScenarios.RoundTripAllExchangesAsync(h);
    }

    [Theory]
    [InlineData(TamperCase.CiphertextBit)]
    [InlineData(TamperCase.NonceBit)]
    [InlineData(TamperCase.TagBit)]
    [InlineData(TamperCase.WrappedKeyBit)]
    [InlineData(TamperCase.CopiedOntoOtherUsersRow)]
    [InlineData(TamperCase.RowMovedToOtherUser)]
    [InlineData(TamperCase.RowMovedToOtherExchange)]
    [InlineData(TamperCase.WrongMasterKey)]
    [InlineData(TamperCase.MasterKeyColumnRelabelled)]
    public async Task GetForUse_Tampered_SpecificErrorAuditedOthersStillWork(TamperCase tamper)
    {
        await using var h = await StoreHarness.SqliteAsync(_directory.Path);
        await CredentialStoreScenarios.TamperingAsync(h, tamper);
    }

    [Fact]
    public async Task ReplaceMarkRemove_Lifecycle_AuditedAndOwnerScoped()
    {
        await using var h = await StoreHarness.SqliteAsync(_directory.Path);
        await CredentialStoreScenarios.ReplaceAndRemoveAsync(h);
    }

    [Fact]
    public async Task Replace_OldCiphertext_GoneFromTheDatabaseFile()
    {
        await using var h = await StoreHarness.SqliteAsync(_directory.Path);
        var owner = await h.AddUserAsync("alice");
        using var first = SampleCredential.For(ExchangeId.Bybit).Create();
        var added = await h.Store.AddAsync(owner, ExchangeId.Bybit, "main", first, CancellationToken.None);
        byte[] oldCiphertext = [], oldWrapped = [];
        await h.TamperAsync(added.Value.Id.Value, r => { oldCiphertext = r.Ciphertext; oldWrapped = r.WrappedKey; });
        Assert.True(FileContains(oldCiphertext), "precondition: the ciphertext is in the file");
        using var second = SampleCredential.For(ExchangeId.Bybit).Create();
        Assert.True((await h.Store.ReplaceAsync(owner, added.Value.Id, second, CancellationToken.None)).IsSuccess);
        SqliteConnection.ClearAllPools();
        Assert.False(FileContains(oldCiphertext), "old ciphertext still in the database file");
        Assert.False(FileContains(oldWrapped[^40..]), "old wrapped key still in the database file");
    }

    [Fact]
    public async Task GetForUse_AnotherUsersCredential_NotFoundAndNotAudited()
    {
        await using var h = await StoreHarness.SqliteAsync(_directory.Path);
        var alice = await h.AddUserAsync("alice");
        var mallory = await h.AddUserAsync("mallory");
        using var credential = SampleCredential.For(ExchangeId.Gate).Create();
        var added = await h.Store.AddAsync(alice, ExchangeId.Gate, "main", credential, CancellationToken.None);
        var result = await h.Store.GetForUseAsync(mallory, added.Value.Id, CancellationToken.None);
        Assert.Equal(ErrorKind.NotFound, result.Error?.Kind);
        Assert.Single(h.AuditOf(added.Value.Id.Value));
    }

    [Fact]
    public async Task Add_UnknownUser_NotFound()
    {
        await using var h = await StoreHarness.SqliteAsync(_directory.Path);
        using var credential = SampleCredential.For(ExchangeId.Gate).Create();
        var result = await h.Store.AddAsync(new UserId(Guid.NewGuid()), ExchangeId.Gate, "main", credential, CancellationToken.None);
        Assert.Equal("storage.user-not-found", result.Error?.Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Add_BlankLabel_ValidationErrorAndNothingStored(string label)
    {
        await using var h = await StoreHarness.SqliteAsync(_directory.Path);
        var owner = await h.AddUserAsync("alice");
        using var credential = SampleCredential.For(ExchangeId.Gate).Create();
        var result = await h.Store.AddAsync(owner, ExchangeId.Gate, label, credential, CancellationToken.None);
        Assert.Equal("storage.account-label", result.Error?.Code);
        Assert.Empty(await h.Store.ListAsync(owner, CancellationToken.None));
    }

    [Fact]
    public async Task AuditLog_ChangeOrDelete_RefusedByContextAndByDatabase()
    {
        await using var h = await StoreHarness.SqliteAsync(_directory.Path);
        var owner = await h.AddUserAsync("alice");
        using var credential = SampleCredential.For(ExchangeId.Kraken).Create();
        await h.Store.AddAsync(owner, ExchangeId.Kraken, "main", credential, CancellationToken.None);
        await using var context = h.Database.CreateContext();
        var entry = await context.CredentialAudit.FirstAsync();
        entry.Detail = "rewritten";
        Assert.Throws<InvalidOperationException>(() => context.SaveChanges());
        context.ChangeTracker.Clear();
        var update = await Assert.ThrowsAsync<SqliteException>(() => context.Database.ExecuteSqlRawAsync("UPDATE credential_audit SET Detail = 'x'"));
        Assert.Contains("append-only", update.Message);
        var delete = await Assert.ThrowsAsync<SqliteException>(() => context.Database.ExecuteSqlRawAsync("DELETE FROM credential_audit"));
        Assert.Contains("append-only", delete.Message);
    }

    private bool FileContains(byte[] needle) =>
        Directory.GetFiles(_directory.Path).Any(f => File.ReadAllBytes(f).AsSpan().IndexOf(needle) >= 0);
}
