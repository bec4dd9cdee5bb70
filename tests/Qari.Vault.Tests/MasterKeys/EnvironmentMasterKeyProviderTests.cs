using Qari.Vault.MasterKeys;
using Qari.Vault.Tests.Support;

namespace Qari.Vault.Tests.MasterKeys;

public class EnvironmentMasterKeyProviderTests
{
    private static EnvironmentMasterKeyProvider Provider(string? active, string? previous = null) =>
        new(name => name switch
        {
            EnvironmentMasterKeyProvider.ActiveVariable => active,
            EnvironmentMasterKeyProvider.PreviousVariable => previous,
            _ => null,
        });

    [Fact]
    public void Load_ValidKey_RingWithFingerprintId()
    {
        var result = Provider(TestKeys.KeyBase64(1)).Load(allowCreate: false);
        Assert.True(result.IsSuccess);
        using var ring = result.Value;
        Assert.Equal(AesGcmMasterKey.FingerprintOf(TestKeys.KeyBytes(1)), ring.Active.Id);
        Assert.Matches("^mk-[0-9a-f]{16}$", ring.Active.Id.Value);
    }

    [Fact]
    public void Load_PreviousKeys_AllInRingActiveFirst()
    {
        using var ring = Provider(TestKeys.KeyBase64(3), $"{TestKeys.KeyBase64(1)}, {TestKeys.KeyBase64(2)}").Load(false).Value;
        Assert.Equal(3, ring.Ids.Count);
        Assert.Equal(AesGcmMasterKey.FingerprintOf(TestKeys.KeyBytes(3)), ring.Ids[0]);
        Assert.True(ring.TryGet(AesGcmMasterKey.FingerprintOf(TestKeys.KeyBytes(2)), out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Load_Unset_MasterKeyMissingSayingWhatToSet(string? value)
    {
        var result = Provider(value).Load(allowCreate: true);
        Assert.True(result.Error.Is(VaultErrorCode.MasterKeyMissing));
        Assert.Contains("QARI_MASTER_KEY", result.Error!.Message);
    }

    [Theory]
    [InlineData("not base64 at all!")]
    [InlineData("AAAA")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void Load_Malformed_MasterKeyMalformedWithoutEchoingTheValue(string value)
    {
        var result = Provider(value).Load(false);
        Assert.True(result.Error.Is(VaultErrorCode.MasterKeyMalformed));
        Assert.DoesNotContain(value, result.Error!.Message);
    }

    [Fact]
    public void Load_MalformedPreviousKey_MasterKeyMalformed()
    {
        Assert.True(Provider(TestKeys.KeyBase64(1), "garbage").Load(false).Error.Is(VaultErrorCode.MasterKeyMalformed));
    }
}
