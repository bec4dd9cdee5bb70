using Qari.Model.Ids;
using Qari.Model.Results;

namespace Qari.Connect;

/// <summary>The connect flow's errors: what went wrong and what the user can do, never key material.</summary>
public static class ConnectErrors
{
    /// <summary>Code of a key refused for its permissions.</summary>
    public const string Refused = "connect.refused-permissions";

    /// <summary>Code of a key the exchange does not accept (unknown, revoked, wrong secret or passphrase).</summary>
    public const string InvalidKey = "connect.invalid-key";

    /// <summary>Code of a key that refuses requests from this machine's IP.</summary>
    public const string IpNotAllowed = "connect.ip-not-allowed";

    /// <summary>Code of a failure to reach the exchange (nothing is concluded about the key).</summary>
    public const string Unreachable = "connect.exchange-unreachable";

    internal static Error FromKeyReport(ExchangeId exchange, Error error, string? egressIp) => error.Kind switch
    {
        ErrorKind.InvalidKey => new Error(ErrorKind.InvalidKey, InvalidKey,
            $"{exchange.Name()} rejected this key ({error.Code}): it is unknown, revoked or expired, or the secret (or passphrase) does not match, "
            + $"or — where the exchange reports this with the same code — the key is restricted to IPs other than {egressIp ?? "this machine's (set Qari:EgressIp to have it shown)"}. "
            + "Check that you copied key and secret completely and the key's IP whitelist, or create a new key."),
        ErrorKind.IpNotAllowed => new Error(ErrorKind.IpNotAllowed, IpNotAllowed,
            $"{exchange.Name()} refuses this key from this machine's IP: add {egressIp ?? "the public IP Qari's requests come from (set Qari:EgressIp to have it shown)"} to the key's IP whitelist."),
        ErrorKind.PermissionDenied => new Error(ErrorKind.PermissionDenied, InvalidKey,
            $"{exchange.Name()} does not let this key read its own permissions or account ({error.Code}): switch on reading for the key."),
        _ => new Error(error.Kind, Unreachable, $"Could not check the key with {exchange.Name()}: {error.Message}", error.Transient),
    };

}
