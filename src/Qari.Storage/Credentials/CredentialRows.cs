using Qari.Model.Ids;
using Qari.Model.Results;
using Qari.Vault.Credentials;
using Qari.Vault.Envelope;
using Qari.Vault.MasterKeys;
using Qari.Vault.Store;

namespace Qari.Storage.Credentials;

/// <summary>Maps credential rows to the vault's types; a row whose columns do not parse is reported, not guessed at.</summary>
internal static class CredentialRows
{
    internal static Result<CredentialBinding> BindingOf(CredentialEntity row)
    {
        if (!ExchangeIds.TryParse(row.Exchange, out var exchange))
            return Error.Validation("storage.credential-row", $"credential {row.Id:N}: unknown exchange '{row.Exchange}' in the row.");
        return new CredentialBinding(new UserId(row.UserId), exchange, new CredentialId(row.Id), row.Version);
    }

    internal static Result<CredentialKind> KindOf(CredentialEntity row) =>
        Enum.TryParse<CredentialKind>(row.Kind, ignoreCase: false, out var kind) && Enum.IsDefined(kind)
            ? kind
            : Error.Validation("storage.credential-row", $"credential {row.Id:N}: unknown kind '{row.Kind}' in the row.");

    internal static CredentialStatus StatusOf(CredentialEntity row) =>
        Enum.TryParse<CredentialStatus>(row.Status, ignoreCase: false, out var status) && Enum.IsDefined(status) ? status : CredentialStatus.Invalid;

    internal static CredentialSummary Summary(CredentialEntity row, string accountLabel)
    {
        ExchangeIds.TryParse(row.Exchange, out var exchange);
        Enum.TryParse<CredentialKind>(row.Kind, out var kind);
        return new CredentialSummary(new CredentialId(row.Id), new UserId(row.UserId), new AccountId(row.ExchangeAccountId), exchange,
            accountLabel, kind, row.KeyHint, row.Version, StatusOf(row), row.StatusDetail, row.LastCheckedAt,
            row.PermissionReportJson, MasterKeyId.IsValid(row.MasterKeyId) ? new MasterKeyId(row.MasterKeyId) : default, row.CreatedAt);
    }

    /// <summary>Overwrites both blobs with zeros of the same length (before the row is deleted).</summary>
    internal static void Destroy(CredentialEntity row)
    {
        row.Ciphertext = new byte[row.Ciphertext.Length];
        row.WrappedKey = new byte[row.WrappedKey.Length];
    }
}
