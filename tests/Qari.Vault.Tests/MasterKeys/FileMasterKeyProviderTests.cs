using Qari.Vault.MasterKeys;
using Qari.Vault.Tests.Support;

namespace Qari.Vault.Tests.MasterKeys;

public sealed class FileMasterKeyProviderTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("qari-keyfile-").FullName;

    private string KeyPath => Path.Combine(_directory, "master.key");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Load_FirstRunAllowed_CreatesOwnerOnlyFileAndReusesIt()
    {
        var provider = new FileMasterKeyProvider(KeyPath);
        using var first = provider.Load(allowCreate: true).Value;
        Assert.True(File.Exists(KeyPath));
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(KeyPath));
        using var second = provider.Load(allowCreate: false).Value;
        Assert.Equal(first.Active.Id, second.Active.Id);
    }

    [Fact]
    public void Load_MissingAndNotAllowedToCreate_MissingErrorAndNoFileCreated()
    {
        var result = new FileMasterKeyProvider(KeyPath).Load(allowCreate: false);
        Assert.True(result.Error.Is(VaultErrorCode.MasterKeyMissing));
        Assert.Contains("restore the key file", result.Error!.Message);
        Assert.False(File.Exists(KeyPath));
    }

    [Theory]
    [InlineData(UnixFileMode.GroupRead)]
    [InlineData(UnixFileMode.OtherRead)]
    [InlineData(UnixFileMode.GroupWrite)]
    public void Load_ReadableByOthers_RefusedAndFileUntouched(UnixFileMode extra)
    {
        if (OperatingSystem.IsWindows()) return;
        File.WriteAllText(KeyPath, TestKeys.KeyBase64(1) + "\n");
        File.SetUnixFileMode(KeyPath, UnixFileMode.UserRead | UnixFileMode.UserWrite | extra);
        var result = new FileMasterKeyProvider(KeyPath).Load(allowCreate: true);
        Assert.True(result.Error.Is(VaultErrorCode.KeyFileTooPermissive));
        Assert.Contains("chmod 600", result.Error!.Message);
        Assert.Equal(TestKeys.KeyBase64(1) + "\n", File.ReadAllText(KeyPath));
    }

    [Theory]
    [InlineData("not-a-key\n")]
    [InlineData("# only a comment\n")]
    [InlineData("")]
    public void Load_Malformed_RefusedAndFileNotOverwritten(string content)
    {
        File.WriteAllText(KeyPath, content);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(KeyPath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var result = new FileMasterKeyProvider(KeyPath).Load(allowCreate: true);
        Assert.True(result.Error.Is(VaultErrorCode.MasterKeyMalformed), result.Error?.ToString());
        Assert.Equal(content, File.ReadAllText(KeyPath));
    }

    [Fact]
    public void AddActiveKey_ExistingFile_NewKeyFirstOldKeptOwnerOnly()
    {
        var provider = new FileMasterKeyProvider(KeyPath);
        MasterKeyId oldId;
        using (var ring = provider.Load(allowCreate: true).Value) oldId = ring.Active.Id;
        var newId = provider.AddActiveKey();
        Assert.True(newId.IsSuccess);
        using var rotated = provider.Load(allowCreate: false).Value;
        Assert.Equal(newId.Value, rotated.Active.Id);
        Assert.True(rotated.TryGet(oldId, out _));
        Assert.NotEqual(oldId, newId.Value);
        Assert.False(File.Exists(KeyPath + ".new"));
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(KeyPath));
    }
}
