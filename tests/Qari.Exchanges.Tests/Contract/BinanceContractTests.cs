using Qari.Model.Ids;
using Qari.Model.Results;

namespace Qari.Exchanges.Tests.Contract;

/// <summary>Binance runs the adapter contract. Binance answers a non-whitelisted IP and a missing permission with the same -2015 as a bad key.</summary>
public sealed class BinanceContractTests() : SpotExchangeContract(ExchangeId.Binance)
{
    protected override ErrorKind Expected(ErrorKind kind) => kind is ErrorKind.IpNotAllowed or ErrorKind.PermissionDenied ? ErrorKind.InvalidKey : kind;
}
