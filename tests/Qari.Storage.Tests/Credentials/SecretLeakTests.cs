using Microsoft.Data.Sqlite;
using Qari.Storage.Tests.Support;
using Qari.Vault.Tests.Support;

namespace Qari.Storage.Tests.Credentials;

public sealed class SecretLeakTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task FullLifecycle_SqliteFileLogsAndMessages_ContainNoSecretInAnyEncoding()
    {
        var secrets = new List<string> { TestKeys.KeyBase64(1), TestKeys.KeyBase64(2) };
        var messages = new List<string>();
        var logs = "";
        await using (var h = await StoreHarness.SqliteAsync(_directory.Path))
        {
            await LeakLifecycle.RunAsync(h, secrets, messages);
            logs = h.Logs.AllText;
        }
        SqliteConnection.ClearAllPools();

        var files = Directory.GetFiles(_directory.Path);
        Assert.Contains(files, f => f.EndsWith("qari.db", StringComparison.Ordinal));
        Assert.Contains("Microsoft.EntityFrameworkCore.Database.Command", logs);
        Assert.Contains("Trace", logs);
        var everything = logs + "\n" + string.Join("\n", messages);
        var found = new List<string>();
        foreach (var secret in secrets.Distinct())
        {
            found.AddRange(SecretForms.FoundIn(secret, everything).Select(form => $"{form} in logs/messages"));
            foreach (var file in files)
                found.AddRange(SecretForms.FoundIn(secret, File.ReadAllBytes(file)).Select(form => $"{form} in {Path.GetFileName(file)}"));
        }
        Assert.Empty(found);
        Assert.True(secrets.Count >= 30, "the lifecycle must have exercised many secrets");
    }

    [Fact]
    public async Task LeakSearch_SecretPlantedInTheDatabase_IsFoundInEachEncoding()
    {
        // Negative control: proves the file search would see a leak in any of the encodings it checks.
        var secret = SampleCredential.For(Qari.Model.Ids.ExchangeId.Okx).Passphrase!;
        await using (var h = await StoreHarness.SqliteAsync(_directory.Path))
        {
            foreach (var (form, text) in SecretForms.Of(secret))
                await h.AddUserAsync(text);
        }
        SqliteConnection.ClearAllPools();
        var bytes = File.ReadAllBytes(Path.Combine(_directory.Path, "qari.db"));
        Assert.Equal(SecretForms.Of(secret).Select(f => f.Form), SecretForms.FoundIn(secret, bytes));
    }
}
