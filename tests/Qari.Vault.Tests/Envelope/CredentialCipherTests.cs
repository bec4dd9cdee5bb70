using System.Text;
using Qari.Model.Ids;
using Qari.Vault.Credentials;
using Qari.Vault.Envelope;
using Qari.Vault.Tests.Support;

namespace Qari.Vault.Tests.Envelope;

public class CredentialCipherTests
{
    // Offsets inside the format-1 blobs (see EnvelopeFormat): ciphertext = 4 header + 8 fingerprint + 12 nonce + 16 tag + body.
    private const int FingerprintAt = 4, NonceAt = 12, TagAt = 24, BodyAt = 40;

    private static (CredentialCipher Cipher, SealedCredential Sealed) SealSample(byte master = 1)
    {
        var cipher = new CredentialCipher(TestKeys.Ring(master));
        using var credential = TestKeys.Credential();
        return (cipher, cipher.Seal(credential, TestKeys.Binding()));
    }

    [Fact]
    public void Open_AfterSeal_ReturnsTheSameThreeParts()
    {
        var (cipher, sealedCredential) = SealSample();
        var result = cipher.Open(sealedCredential, TestKeys.Binding(), TestKeys.Read);
        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.Equal((TestKeys.ApiKey, TestKeys.Secret, TestKeys.Passphrase, CredentialKind.KeySecretPassphrase), result.Value);
    }

    [Fact]
    public void Seal_SameCredentialTwice_FreshDataKeyAndNonceEachTime()
    {
        var cipher = new CredentialCipher(TestKeys.Ring(1));
        using var credential = TestKeys.Credential();
        var first = cipher.Seal(credential, TestKeys.Binding());
        var second = cipher.Seal(credential, TestKeys.Binding());
        Assert.NotEqual(first.Ciphertext, second.Ciphertext);
        Assert.NotEqual(first.WrappedKey, second.WrappedKey);
        Assert.NotEqual(first.Ciphertext.AsSpan(NonceAt, 12).ToArray(), second.Ciphertext.AsSpan(NonceAt, 12).ToArray());
    }

    [Fact]
    public void Seal_Always_BlobsHoldNoPlaintextAndNameTheMasterKey()
    {
        var (cipher, sealedCredential) = SealSample();
        var all = sealedCredential.Ciphertext.Concat(sealedCredential.WrappedKey).ToArray();
        foreach (var secret in new[] { TestKeys.ApiKey, TestKeys.Secret, TestKeys.Passphrase })
            Assert.Empty(SecretForms.FoundIn(secret, all));
        Assert.Equal(cipher.ActiveMasterKey, CredentialCipher.MasterKeyOf(sealedCredential.WrappedKey).Value);
    }

    [Theory]
    [InlineData("nonce", NonceAt + 3)]
    [InlineData("tag", TagAt + 15)]
    [InlineData("ciphertext-first", BodyAt)]
    [InlineData("ciphertext-last", -1)]
    public void Open_FlippedBitInData_CiphertextTampered(string where, int offset)
    {
        var (cipher, sealedCredential) = SealSample();
        var at = offset < 0 ? sealedCredential.Ciphertext.Length - 1 : offset;
        sealedCredential.Ciphertext[at] ^= 0x01;
        var result = cipher.Open(sealedCredential, TestKeys.Binding(), _ => true);
        Assert.True(result.Error.Is(VaultErrorCode.CiphertextTampered), $"{where}: {result.Error}");
        Assert.Contains("altered", result.Error!.Message);
    }

    [Theory]
    [InlineData("wrap-nonce", 0)]
    [InlineData("wrapped-key", 20)]
    [InlineData("wrap-tag", 59)]
    public void Open_FlippedBitInWrappedKey_WrappedKeyTampered(string where, int offsetAfterHeader)
    {
        var (cipher, sealedCredential) = SealSample();
        var header = sealedCredential.WrappedKey.Length - 60;
        sealedCredential.WrappedKey[header + offsetAfterHeader] ^= 0x80;
        var result = cipher.Open(sealedCredential, TestKeys.Binding(), _ => true);
        Assert.True(result.Error.Is(VaultErrorCode.WrappedKeyTampered), $"{where}: {result.Error}");
    }

    [Fact]
    public void Open_FlippedBitInFingerprint_BindingMismatch()
    {
        var (cipher, sealedCredential) = SealSample();
        sealedCredential.Ciphertext[FingerprintAt] ^= 0x01;
        Assert.True(cipher.Open(sealedCredential, TestKeys.Binding(), _ => true).Error.Is(VaultErrorCode.BindingMismatch));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(3)]
    public void Open_CorruptHeader_UnsupportedFormat(int offset)
    {
        var (cipher, sealedCredential) = SealSample();
        sealedCredential.Ciphertext[offset] ^= 0x40;
        Assert.True(cipher.Open(sealedCredential, TestKeys.Binding(), _ => true).Error.Is(VaultErrorCode.UnsupportedFormat));
        var (cipher2, sealed2) = SealSample();
        sealed2.WrappedKey[offset] ^= 0x40;
        Assert.True(cipher2.Open(sealed2, TestKeys.Binding(), _ => true).Error.Is(VaultErrorCode.UnsupportedFormat));
    }

    public static TheoryData<string> OtherRows => ["owner", "exchange", "credential", "version"];

    [Theory]
    [MemberData(nameof(OtherRows))]
    public void Open_BlobsMovedToAnotherRow_BindingMismatch(string changed)
    {
        var (cipher, sealedCredential) = SealSample();
        var binding = TestKeys.Binding();
        var other = changed switch
        {
            "owner" => binding with { Owner = new UserId(Guid.NewGuid()) },
            "exchange" => binding with { Exchange = ExchangeId.Kucoin },
            "credential" => binding with { Credential = CredentialId.New() },
            _ => binding with { Version = 2 },
        };
        var result = cipher.Open(sealedCredential, other, _ => true);
        Assert.True(result.Error.Is(VaultErrorCode.BindingMismatch), result.Error?.ToString());
        Assert.Contains("copied or moved", result.Error!.Message);
    }

    [Fact]
    public void Open_BlobsMovedAndFingerprintForged_StillFailsAuthentication()
    {
        // An attacker who also rewrites the (unauthenticated-looking) fingerprint still cannot pass GCM: the binding is in the AAD.
        var (cipher, sealedCredential) = SealSample();
        var other = TestKeys.Binding() with { Owner = new UserId(Guid.NewGuid()) };
        other.Fingerprint().CopyTo(sealedCredential.Ciphertext, FingerprintAt);
        var result = cipher.Open(sealedCredential, other, _ => true);
        Assert.True(result.Error.Is(VaultErrorCode.WrappedKeyTampered), result.Error?.ToString());
    }

    [Fact]
    public void Open_WrongMasterKey_MasterKeyMismatchNamingBothIds()
    {
        var (cipher, sealedCredential) = SealSample(master: 1);
        using var otherRing = TestKeys.Ring(2);
        var result = new CredentialCipher(otherRing).Open(sealedCredential, TestKeys.Binding(), _ => true);
        Assert.True(result.Error.Is(VaultErrorCode.MasterKeyMismatch));
        Assert.Contains(cipher.ActiveMasterKey.Value, result.Error!.Message);
        Assert.Contains(otherRing.Active.Id.Value, result.Error.Message);
    }

    [Fact]
    public void Open_WrappedKeyRelabelledToAnotherConfiguredKey_WrappedKeyTampered()
    {
        var (_, sealedCredential) = SealSample(master: 1);
        using var ring = TestKeys.Ring(2, 1);
        var relabelled = Encoding.ASCII.GetBytes(ring.Active.Id.Value);
        relabelled.CopyTo(sealedCredential.WrappedKey, 5);
        var result = new CredentialCipher(ring).Open(sealedCredential, TestKeys.Binding(), _ => true);
        Assert.True(result.Error.Is(VaultErrorCode.WrappedKeyTampered), result.Error?.ToString());
    }

    [Fact]
    public void Rewrap_ToNewActiveKey_OpensWithNewKeyAloneAndCiphertextUnchanged()
    {
        var (_, sealedCredential) = SealSample(master: 1);
        using var rotating = TestKeys.Ring(2, 1);
        var rewrapped = new CredentialCipher(rotating).Rewrap(sealedCredential.WrappedKey, TestKeys.Binding());
        Assert.True(rewrapped.IsSuccess);
        using var newOnly = TestKeys.Ring(2);
        var result = new CredentialCipher(newOnly).Open(new SealedCredential(rewrapped.Value, sealedCredential.Ciphertext), TestKeys.Binding(), TestKeys.Read);
        Assert.Equal(TestKeys.Secret, result.Value.Secret);
    }

    [Fact]
    public unsafe void Open_LargePayload_PlaintextBufferZeroedAfterCallback()
    {
        var pem = "-----BEGIN PRIVATE KEY-----\n" + new string('K', 3000) + "\n-----END PRIVATE KEY-----";
        var cipher = new CredentialCipher(TestKeys.Ring(1));
        using var credential = ExchangeCredential.KeyNamePrivateKey("name-1234", pem);
        var sealedCredential = cipher.Seal(credential, TestKeys.Binding());
        nint address = 0;
        var length = 0;
        var result = cipher.Open(sealedCredential, TestKeys.Binding(), view =>
        {
            fixed (byte* p = view.Secret) address = (nint)p;
            length = view.Secret.Length;
            return view.Secret[30];
        });
        Assert.Equal((byte)'K', result.Value);
        // The large-payload path decrypts into a pinned array, so the address stays valid to read after the call.
        var after = new ReadOnlySpan<byte>((void*)address, length);
        Assert.True(after.IndexOfAnyExcept((byte)0) < 0, "plaintext left in the buffer after use");
    }
}
