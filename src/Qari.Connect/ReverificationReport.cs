using Qari.Vault.Credentials;

namespace Qari.Connect;

/// <summary>What a periodic re-verification found: credentials still connected, marked invalid, and not checked (exchange unreachable).</summary>
public sealed record ReverificationReport(
    IReadOnlyList<CredentialId> Connected,
    IReadOnlyList<(CredentialId Credential, string Reason)> MarkedInvalid,
    IReadOnlyList<(CredentialId Credential, string Reason)> NotChecked);
