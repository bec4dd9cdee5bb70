using Qari.Model.Ids;
using Qari.Model.Results;

namespace Qari.Exchanges.Tests.Contract;

/// <summary>Kraken runs the adapter contract. Kraken answers a call from a non-allowlisted IP with EGeneral:Permission denied.</summary>
public sealed class KrakenContractTests() : SpotExchangeContract(ExchangeId.Kraken)
{
    protected override ErrorKind Expected(ErrorKind kind) => kind == ErrorKind.IpNotAllowed ? ErrorKind.PermissionDenied : kind;
}
