using Qari.Model.Ids;

namespace Qari.Exchanges.Tests.Contract;

/// <summary>Bybit (v5, spot) runs the adapter contract unchanged.</summary>
public sealed class BybitContractTests() : SpotExchangeContract(ExchangeId.Bybit);
