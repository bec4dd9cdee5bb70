using Qari.Vault.Envelope;
using Qari.Vault.MasterKeys;

namespace Qari.Vault.Rotation;

/// <summary>One stored wrapped data key as rotation sees it: the row's binding, the master key it names, its blob.</summary>
public sealed record WrappedKeyRecord(CredentialBinding Binding, MasterKeyId MasterKey, byte[] WrappedKey)
{
    /// <summary>Ids only.</summary>
    public override string ToString() => $"WrappedKeyRecord({Binding.Credential}, {MasterKey})";
}
