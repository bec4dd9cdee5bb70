using Qari.Model.Ids;
using Qari.Vault.Credentials;
using Qari.Vault.MasterKeys;

namespace Qari.Vault.Store;

/// <summary>What may be shown about a stored credential: metadata only, never key material or ciphertext.</summary>
public sealed record CredentialSummary(
    CredentialId Id,
    UserId Owner,
    AccountId Account,
    ExchangeId Exchange,
    string AccountLabel,
    CredentialKind Kind,
    string KeyHint,
    int Version,
    CredentialStatus Status,
    string? StatusDetail,
    DateTimeOffset? LastCheckedAt,
    string? PermissionReportJson,
    MasterKeyId MasterKey,
    DateTimeOffset CreatedAt);
