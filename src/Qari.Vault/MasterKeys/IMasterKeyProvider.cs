using Qari.Model.Results;

namespace Qari.Vault.MasterKeys;

/// <summary>Where master keys come from: an environment variable, a key file, or (later) a KMS/HSM.</summary>
public interface IMasterKeyProvider
{
    /// <summary>Where the keys live, for start-up messages (never key material).</summary>
    string Description { get; }

    /// <summary>
    /// Loads the keys. <paramref name="allowCreate"/> is true only when no credential is stored yet, so a
    /// provider may create a first key; otherwise a missing key is an error and nothing is created or overwritten.
    /// </summary>
    Result<MasterKeyRing> Load(bool allowCreate);
}
