using Qari.Vault.Credentials;

namespace Qari.Vault.Rotation;

/// <summary>A credential rotation could not rewrap, with the vault error code (e.g. a tampered wrapped key).</summary>
public sealed record RotationFailure(CredentialId Credential, string ErrorCode, string Message);
