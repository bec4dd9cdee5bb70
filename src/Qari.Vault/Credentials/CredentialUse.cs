namespace Qari.Vault.Credentials;

/// <summary>A callback that receives the plaintext of a credential for the moment of signing and returns a non-secret result.</summary>
public delegate T CredentialUse<out T>(CredentialView credential);
