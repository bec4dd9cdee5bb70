namespace Qari.Vault.Store;

/// <summary>A credential's connection status as shown to its owner.</summary>
public enum CredentialStatus
{
    /// <summary>Stored but not (yet) verified against the exchange.</summary>
    NotConnected = 0,
    /// <summary>Verified against the exchange with acceptable permissions.</summary>
    Connected = 1,
    /// <summary>Rejected by the exchange (revoked, expired, wrong permissions) or no longer decryptable.</summary>
    Invalid = 2,
}
