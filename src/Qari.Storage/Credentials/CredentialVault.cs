using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Qari.Model.Results;
using Qari.Storage.Database;
using Qari.Vault.Envelope;
using Qari.Vault.MasterKeys;
using Qari.Vault.Rotation;
using Qari.Vault.Store;

namespace Qari.Storage.Credentials;

/// <summary>
/// The composed vault a host opens at start-up: master keys checked against what the database references, the
/// credential store, and master-key rotation. Disposing it wipes the master keys from memory.
/// </summary>
public sealed class CredentialVault : IDisposable
{
    private readonly MasterKeyRing _ring;
    private readonly CredentialCipher _cipher;
    private readonly EfWrappedKeyStore _wrappedKeys;
    private readonly ILoggerFactory _loggerFactory;

    private CredentialVault(MasterKeyRing ring, CredentialCipher cipher, EfCredentialStore store, EfWrappedKeyStore wrappedKeys, ILoggerFactory loggerFactory)
    {
        _ring = ring;
        _cipher = cipher;
        Store = store;
        _wrappedKeys = wrappedKeys;
        _loggerFactory = loggerFactory;
    }

    /// <summary>The credential lifecycle operations.</summary>
    public ICredentialStore Store { get; }

    /// <summary>The master key new credentials are wrapped under.</summary>
    public MasterKeyId ActiveMasterKey => _ring.Active.Id;

    /// <summary>
    /// Loads the master keys from <paramref name="keys"/> and checks them against the (already migrated) database:
    /// fails, changing nothing, when a key is missing, malformed, or not the one stored credentials need.
    /// </summary>
    public static async Task<Result<CredentialVault>> OpenAsync(QariDatabase database, IMasterKeyProvider keys, TimeProvider time,
        ILoggerFactory? loggerFactory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(keys);
        var factory = loggerFactory ?? NullLoggerFactory.Instance;
        var wrappedKeys = new EfWrappedKeyStore(database, time, factory.CreateLogger<EfWrappedKeyStore>());
        var inUse = (await wrappedKeys.CountByMasterKeyAsync(cancellationToken).ConfigureAwait(false)).Keys.ToList();
        var ring = MasterKeyStartup.Open(keys, inUse, factory.CreateLogger<CredentialVault>());
        if (!ring.IsSuccess) return ring.Error;
        var cipher = new CredentialCipher(ring.Value, factory.CreateLogger<CredentialCipher>());
        var store = new EfCredentialStore(database, cipher, time, factory.CreateLogger<EfCredentialStore>());
        return new CredentialVault(ring.Value, cipher, store, wrappedKeys, factory);
    }

    /// <summary>Rewraps every stored data key under <see cref="ActiveMasterKey"/>; safe to rerun after an interruption.</summary>
    public Task<RotationReport> RotateMasterKeyAsync(CancellationToken cancellationToken, Action<RotationStep>? hook = null) =>
        new MasterKeyRotation(_cipher, _wrappedKeys, _loggerFactory.CreateLogger<MasterKeyRotation>(), hook).RunAsync(cancellationToken);

    /// <summary>Wipes the master keys.</summary>
    public void Dispose() => _ring.Dispose();
}
