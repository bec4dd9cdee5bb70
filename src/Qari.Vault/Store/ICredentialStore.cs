using Qari.Model.Ids;
using Qari.Model.Results;
using Qari.Vault.Credentials;
using Qari.Vault.Envelope;

namespace Qari.Vault.Store;

/// <summary>
/// The credential lifecycle the connect flow, the CLI and the dashboard call. Every operation is scoped to its
/// owner: another user's credential is simply not found. Every change and every decryption failure is audited.
/// </summary>
public interface ICredentialStore
{
    /// <summary>Encrypts and stores a new credential for a new exchange account of <paramref name="owner"/> (status not connected).</summary>
    Task<Result<CredentialSummary>> AddAsync(UserId owner, ExchangeId exchange, string accountLabel, ExchangeCredential credential, CancellationToken cancellationToken);

    /// <summary>A handle that decrypts on each use; fails (and audits) when the stored blobs do not open for this row.</summary>
    Task<Result<CredentialHandle>> GetForUseAsync(UserId owner, CredentialId id, CancellationToken cancellationToken);

    /// <summary>Stores <paramref name="replacement"/> under a new id for the same account and destroys the old ciphertext.</summary>
    Task<Result<CredentialSummary>> ReplaceAsync(UserId owner, CredentialId id, ExchangeCredential replacement, CancellationToken cancellationToken);

    /// <summary>Destroys a credential (its ciphertext is overwritten, then deleted).</summary>
    Task<Result<bool>> RemoveAsync(UserId owner, CredentialId id, CancellationToken cancellationToken);

    /// <summary>The owner's credentials, metadata only.</summary>
    Task<IReadOnlyList<CredentialSummary>> ListAsync(UserId owner, CancellationToken cancellationToken);

    /// <summary>Records the outcome of a check against the exchange (status, detail, permission report JSON with no secrets).</summary>
    Task<Result<CredentialSummary>> MarkStatusAsync(UserId owner, CredentialId id, CredentialStatus status, string? detail, string? permissionReportJson, CancellationToken cancellationToken);
}
