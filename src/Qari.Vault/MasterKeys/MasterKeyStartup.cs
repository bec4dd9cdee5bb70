using Microsoft.Extensions.Logging;
using Qari.Model.Results;

namespace Qari.Vault.MasterKeys;

/// <summary>Start-up check: loads the master keys and proves they cover every key id the store references.</summary>
public static class MasterKeyStartup
{
    /// <summary>
    /// Loads keys from <paramref name="provider"/> (a first key may be created only when nothing is stored) and
    /// fails with <see cref="VaultErrorCode.MasterKeyMismatch"/> when a stored data key names a master key the
    /// ring does not hold. On failure nothing is created or overwritten.
    /// </summary>
    public static Result<MasterKeyRing> Open(IMasterKeyProvider provider, IReadOnlyCollection<MasterKeyId> idsInUse, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(provider);
        var loaded = provider.Load(allowCreate: idsInUse.Count == 0);
        if (!loaded.IsSuccess)
        {
            VaultLog.MasterKeyLoadFailed(logger, provider.Description, loaded.Error.Code);
            return loaded;
        }
        var ring = loaded.Value;
        var missing = idsInUse.Where(id => !ring.TryGet(id, out _)).Distinct().ToList();
        if (missing.Count > 0)
        {
            var message = $"{provider.Description}: stored credentials are wrapped under master key(s) {string.Join(", ", missing)}, "
                + $"which the configured key(s) {string.Join(", ", ring.Ids)} do not include. Configure the original key "
                + "(or keep it as a previous key during a rotation); nothing was changed.";
            ring.Dispose();
            VaultLog.MasterKeyLoadFailed(logger, provider.Description, VaultErrors.Code(VaultErrorCode.MasterKeyMismatch));
            return VaultErrors.Create(VaultErrorCode.MasterKeyMismatch, message);
        }
        VaultLog.MasterKeysLoaded(logger, provider.Description, ring.Active.Id.Value, ring.Ids.Count);
        return ring;
    }
}
