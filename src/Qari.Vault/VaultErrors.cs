using Qari.Model.Results;

namespace Qari.Vault;

/// <summary>Builds the vault's typed errors; messages name what failed and where, never any key material.</summary>
public static class VaultErrors
{
    /// <summary>The stable code for a vault error, e.g. <c>vault.ciphertext-tampered</c>.</summary>
    public static string Code(VaultErrorCode code) => code switch
    {
        VaultErrorCode.MasterKeyMissing => "vault.master-key-missing",
        VaultErrorCode.MasterKeyMalformed => "vault.master-key-malformed",
        VaultErrorCode.KeyFileTooPermissive => "vault.key-file-too-permissive",
        VaultErrorCode.MasterKeyMismatch => "vault.master-key-mismatch",
        VaultErrorCode.UnsupportedFormat => "vault.unsupported-format",
        VaultErrorCode.BindingMismatch => "vault.binding-mismatch",
        VaultErrorCode.WrappedKeyTampered => "vault.wrapped-key-tampered",
        VaultErrorCode.CiphertextTampered => "vault.ciphertext-tampered",
        VaultErrorCode.PayloadMalformed => "vault.payload-malformed",
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Unknown vault error code."),
    };

    /// <summary>A vault error (kind Validation: the stored or configured input is unusable).</summary>
    public static Error Create(VaultErrorCode code, string message) => new(ErrorKind.Validation, Code(code), message);

    /// <summary>True when <paramref name="error"/> is the vault error <paramref name="code"/>.</summary>
    public static bool Is(this Error? error, VaultErrorCode code) => error is not null && error.Code == Code(code);

    /// <summary>True for the errors that mean stored data was altered or moved (audited as a decryption failure).</summary>
    public static bool IsIntegrityFailure(this Error? error) =>
        error.Is(VaultErrorCode.BindingMismatch) || error.Is(VaultErrorCode.WrappedKeyTampered)
        || error.Is(VaultErrorCode.CiphertextTampered) || error.Is(VaultErrorCode.UnsupportedFormat)
        || error.Is(VaultErrorCode.PayloadMalformed) || error.Is(VaultErrorCode.MasterKeyMismatch);
}
