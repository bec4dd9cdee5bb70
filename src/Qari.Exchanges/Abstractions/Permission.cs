namespace Qari.Exchanges.Abstractions;

/// <summary>Whether a key has a permission, as far as the exchange tells.</summary>
public enum Permission
{
    /// <summary>The exchange does not expose this.</summary>
    Unknown,
    /// <summary>The key has it.</summary>
    Granted,
    /// <summary>The key does not have it.</summary>
    Denied,
}
