using Qari.Model.Ids;

namespace Qari.Simulator.Accounts;

/// <summary>
/// An API key of a simulated account: its secret (and passphrase), permission flags, the IPs it is restricted to
/// (empty: unrestricted), whether it was revoked, and optionally the one exchange dialect it belongs to. For a
/// Coinbase CDP key, <see cref="KeyId"/> is the key name and <see cref="PublicKeyPem"/> the registered EC public key
/// the simulator verifies JWTs with (the secret may then hold the private PEM or anything: it is not used).
/// </summary>
public sealed record SimKey(
    string KeyId,
    string Secret,
    string AccountId,
    string? Passphrase = null,
    ExchangeId? Exchange = null,
    bool Read = true,
    bool SpotTrade = true,
    bool Withdraw = false,
    bool Transfer = false,
    bool Margin = false,
    bool Futures = false,
    IReadOnlyList<string>? AllowedIps = null,
    bool Revoked = false,
    long CreatedMs = 0,
    string? PublicKeyPem = null)
{
    /// <summary>True when the key only works from listed IPs.</summary>
    public bool IpRestricted => AllowedIps is { Count: > 0 };

    /// <summary>True when the key may be used from <paramref name="ip"/>.</summary>
    public bool AllowsIp(string ip) => !IpRestricted || AllowedIps!.Contains(ip, StringComparer.Ordinal);

    /// <inheritdoc />
    public override string ToString() => $"SimKey {KeyId} (account {AccountId}, secret redacted)";
}
