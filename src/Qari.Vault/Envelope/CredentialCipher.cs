using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Qari.Model.Results;
using Qari.Vault.Credentials;
using Qari.Vault.MasterKeys;

namespace Qari.Vault.Envelope;

/// <summary>
/// Envelope encryption of credentials: a fresh random AES-256 data key and nonce per seal, the data key wrapped by
/// the ring's active master key, both bound to the <see cref="CredentialBinding"/>. Plaintext exists only inside
/// <see cref="Open{T}"/>'s callback and is wiped afterwards; nothing is cached.
/// </summary>
public sealed class CredentialCipher
{
    private const int StackPayloadLimit = 1024;
    private readonly MasterKeyRing _ring;
    private readonly ILogger _logger;

    /// <summary>Uses <paramref name="ring"/> (not owned) for wrapping and unwrapping.</summary>
    public CredentialCipher(MasterKeyRing ring, ILogger<CredentialCipher>? logger = null)
    {
        _ring = ring ?? throw new ArgumentNullException(nameof(ring));
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>The master key new data keys are wrapped under.</summary>
    public MasterKeyId ActiveMasterKey => _ring.Active.Id;

    /// <summary>Encrypts <paramref name="credential"/> for <paramref name="binding"/>.</summary>
    public SealedCredential Seal(ExchangeCredential credential, CredentialBinding binding)
    {
        ArgumentNullException.ThrowIfNull(credential);
        var bindingBytes = binding.ToAssociatedData();
        Span<byte> dataKey = stackalloc byte[EnvelopeFormat.DataKeySize];
        try
        {
            RandomNumberGenerator.Fill(dataKey);
            var payload = credential.Payload;
            var ciphertext = new byte[EnvelopeFormat.CiphertextHeaderSize + EnvelopeFormat.NonceSize + EnvelopeFormat.TagSize + payload.Length];
            var blob = ciphertext.AsSpan();
            blob[0] = (byte)'Q'; blob[1] = (byte)'C'; blob[2] = EnvelopeFormat.FormatVersion; blob[3] = EnvelopeFormat.AesGcm256;
            binding.Fingerprint().CopyTo(blob[4..]);
            var header = blob[..EnvelopeFormat.CiphertextHeaderSize];
            var nonce = blob.Slice(EnvelopeFormat.CiphertextHeaderSize, EnvelopeFormat.NonceSize);
            var tag = blob.Slice(EnvelopeFormat.CiphertextHeaderSize + EnvelopeFormat.NonceSize, EnvelopeFormat.TagSize);
            var body = blob[(EnvelopeFormat.CiphertextHeaderSize + EnvelopeFormat.NonceSize + EnvelopeFormat.TagSize)..];
            RandomNumberGenerator.Fill(nonce);
            using (var aes = new AesGcm(dataKey, EnvelopeFormat.TagSize))
            {
                aes.Encrypt(nonce, payload, body, tag, EnvelopeFormat.DataAssociatedData(header, bindingBytes));
            }
            var wrapped = WrapDataKey(dataKey, binding, bindingBytes);
            VaultLog.CredentialSealed(_logger, binding.Credential.ToString(), binding.Version, _ring.Active.Id.Value);
            return new SealedCredential(wrapped, ciphertext);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
        }
    }

    /// <summary>
    /// Decrypts and calls <paramref name="use"/> with the plaintext, then wipes it. Fails with a specific
    /// <see cref="VaultErrorCode"/> when the blobs are malformed, moved, altered or wrapped by an unknown key.
    /// </summary>
    public Result<T> Open<T>(SealedCredential sealedCredential, CredentialBinding binding, CredentialUse<T> use)
    {
        ArgumentNullException.ThrowIfNull(sealedCredential);
        ArgumentNullException.ThrowIfNull(use);
        var check = CheckBlobs(sealedCredential, binding, out var masterKey, out var headerLength);
        if (check is not null) return Fail<T>(binding, check);
        var bindingBytes = binding.ToAssociatedData();
        Span<byte> dataKey = stackalloc byte[EnvelopeFormat.DataKeySize];
        try
        {
            if (!Unwrap(masterKey!, sealedCredential.WrappedKey, headerLength, bindingBytes, dataKey))
            {
                return Fail<T>(binding, VaultErrors.Create(VaultErrorCode.WrappedKeyTampered,
                    $"credential {binding.Credential}: the wrapped data key does not authenticate under master key {masterKey!.Id} (altered, or a different key with that id)."));
            }
            var blob = sealedCredential.Ciphertext.AsSpan();
            var bodyStart = EnvelopeFormat.CiphertextHeaderSize + EnvelopeFormat.NonceSize + EnvelopeFormat.TagSize;
            var length = blob.Length - bodyStart;
            byte[]? pinned = length > StackPayloadLimit ? GC.AllocateUninitializedArray<byte>(length, pinned: true) : null;
            Span<byte> plaintext = pinned is null ? stackalloc byte[StackPayloadLimit] : pinned;
            plaintext = plaintext[..length];
            try
            {
                using (var aes = new AesGcm(dataKey, EnvelopeFormat.TagSize))
                {
                    try
                    {
                        aes.Decrypt(blob.Slice(EnvelopeFormat.CiphertextHeaderSize, EnvelopeFormat.NonceSize), blob[bodyStart..],
                            blob.Slice(EnvelopeFormat.CiphertextHeaderSize + EnvelopeFormat.NonceSize, EnvelopeFormat.TagSize), plaintext,
                            EnvelopeFormat.DataAssociatedData(blob[..EnvelopeFormat.CiphertextHeaderSize], bindingBytes));
                    }
                    catch (AuthenticationTagMismatchException)
                    {
                        return Fail<T>(binding, VaultErrors.Create(VaultErrorCode.CiphertextTampered,
                            $"credential {binding.Credential}: the encrypted credential (ciphertext, nonce or tag) does not authenticate; it was altered."));
                    }
                }
                if (!CredentialPayload.TryParse(plaintext, out var kind, out var key, out var secret, out var passphrase))
                {
                    return Fail<T>(binding, VaultErrors.Create(VaultErrorCode.PayloadMalformed,
                        $"credential {binding.Credential}: the decrypted credential has an unknown layout."));
                }
                VaultLog.CredentialOpened(_logger, binding.Credential.ToString(), binding.Version);
                ReadOnlySpan<byte> view = plaintext;
                return use(new CredentialView(kind, view[key], view[secret], view[passphrase]));
            }
            finally
            {
                CryptographicOperations.ZeroMemory(plaintext);
            }
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
        }
    }

    /// <summary>Re-wraps the data key under the active master key; the ciphertext is untouched. Used by rotation.</summary>
    public Result<byte[]> Rewrap(byte[] wrappedKey, CredentialBinding binding)
    {
        ArgumentNullException.ThrowIfNull(wrappedKey);
        if (!EnvelopeFormat.TryParseWrappedKey(wrappedKey, out var id, out var headerLength, out var problem))
            return VaultErrors.Create(VaultErrorCode.UnsupportedFormat, $"credential {binding.Credential}: {problem}.");
        if (!_ring.TryGet(id, out var masterKey))
            return VaultErrors.Create(VaultErrorCode.MasterKeyMismatch, $"credential {binding.Credential}: wrapped under master key {id}, which is not configured.");
        var bindingBytes = binding.ToAssociatedData();
        Span<byte> dataKey = stackalloc byte[EnvelopeFormat.DataKeySize];
        try
        {
            if (!Unwrap(masterKey, wrappedKey, headerLength, bindingBytes, dataKey))
            {
                return VaultErrors.Create(VaultErrorCode.WrappedKeyTampered,
                    $"credential {binding.Credential}: the wrapped data key does not authenticate under master key {id}.");
            }
            return WrapDataKey(dataKey, binding, bindingBytes);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
        }
    }

    /// <summary>The master key id recorded in a wrapped-key blob.</summary>
    public static Result<MasterKeyId> MasterKeyOf(byte[] wrappedKey) =>
        EnvelopeFormat.TryParseWrappedKey(wrappedKey, out var id, out _, out var problem)
            ? id
            : VaultErrors.Create(VaultErrorCode.UnsupportedFormat, problem);

    private Error? CheckBlobs(SealedCredential sealedCredential, CredentialBinding binding, out IMasterKey? masterKey, out int headerLength)
    {
        masterKey = null;
        if (!EnvelopeFormat.TryParseWrappedKey(sealedCredential.WrappedKey, out var id, out headerLength, out var problem)
            || !EnvelopeFormat.TryParseCiphertext(sealedCredential.Ciphertext, out problem))
        {
            return VaultErrors.Create(VaultErrorCode.UnsupportedFormat, $"credential {binding.Credential}: {problem}.");
        }
        if (!_ring.TryGet(id, out var key))
        {
            return VaultErrors.Create(VaultErrorCode.MasterKeyMismatch,
                $"credential {binding.Credential}: wrapped under master key {id}, which is not configured (configured: {string.Join(", ", _ring.Ids)}).");
        }
        if (!sealedCredential.Ciphertext.AsSpan(4, EnvelopeFormat.FingerprintSize).SequenceEqual(binding.Fingerprint()))
        {
            return VaultErrors.Create(VaultErrorCode.BindingMismatch,
                $"credential {binding.Credential}: the ciphertext was sealed for a different owner, exchange, credential or version (copied or moved row).");
        }
        masterKey = key;
        return null;
    }

    private byte[] WrapDataKey(ReadOnlySpan<byte> dataKey, CredentialBinding binding, byte[] bindingBytes)
    {
        var header = EnvelopeFormat.WrappedKeyHeader(_ring.Active.Id);
        var wrapped = _ring.Active.Wrap(dataKey, EnvelopeFormat.WrapAssociatedData(header, bindingBytes));
        return [.. header, .. wrapped];
    }

    private static bool Unwrap(IMasterKey masterKey, byte[] blob, int headerLength, byte[] bindingBytes, Span<byte> dataKey) =>
        masterKey.TryUnwrap(blob.AsSpan(headerLength), EnvelopeFormat.WrapAssociatedData(blob.AsSpan(0, headerLength), bindingBytes), dataKey);

    private Result<T> Fail<T>(CredentialBinding binding, Error error)
    {
        VaultLog.CredentialOpenFailed(_logger, binding.Credential.ToString(), binding.Version, error.Code);
        return error;
    }
}
