using Qari.Model.Ids;

namespace Qari.Exchanges.Tests.Contract;

/// <summary>Gate runs the adapter contract.</summary>
public sealed class GateContractTests() : SpotExchangeContract(ExchangeId.Gate);
