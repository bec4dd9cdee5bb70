using Qari.Exchanges.Abstractions;
using Qari.Model.Ids;
using Qari.Model.Results;

namespace Qari.Exchanges.Tests.Contract;

/// <summary>
/// Coinbase runs the adapter contract. Coinbase answers every JWT problem and a non-allowlisted IP with a bare 401
/// (reported as an invalid key), and its key_permissions call does not show the key's IP allowlist.
/// </summary>
public sealed class CoinbaseContractTests() : SpotExchangeContract(ExchangeId.Coinbase)
{
    protected override ErrorKind Expected(ErrorKind kind) => kind == ErrorKind.IpNotAllowed ? ErrorKind.InvalidKey : kind;

    protected override Permission ExpectedIpRestriction(Permission reported) => Permission.Unknown;
}
