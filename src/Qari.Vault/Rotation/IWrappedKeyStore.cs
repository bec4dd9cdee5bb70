using Qari.Model.Results;
using Qari.Vault.Credentials;
using Qari.Vault.Envelope;
using Qari.Vault.MasterKeys;

namespace Qari.Vault.Rotation;

/// <summary>What master-key rotation needs from storage: find keys not yet under the target, swap one atomically.</summary>
public interface IWrappedKeyStore
{
    /// <summary>Up to <paramref name="limit"/> wrapped keys whose master key is not <paramref name="target"/>, skipping <paramref name="skip"/>.</summary>
    Task<IReadOnlyList<WrappedKeyRecord>> ListNotUnderAsync(MasterKeyId target, IReadOnlySet<CredentialId> skip, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces one wrapped key only if the row still holds <paramref name="current"/>'s blob (compare-and-swap in a
    /// single atomic write), so a crash leaves the row entirely old or entirely new. False when the row changed or went away.
    /// </summary>
    Task<bool> TryReplaceAsync(WrappedKeyRecord current, byte[] newWrappedKey, MasterKeyId newMasterKey, CancellationToken cancellationToken);

    /// <summary>Records (audits) a credential whose data key could not be unwrapped.</summary>
    Task RecordFailureAsync(CredentialBinding binding, Error error, CancellationToken cancellationToken);

    /// <summary>How many stored data keys each master key wraps.</summary>
    Task<IReadOnlyDictionary<MasterKeyId, int>> CountByMasterKeyAsync(CancellationToken cancellationToken);
}
