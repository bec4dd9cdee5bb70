using Qari.Model.Ids;

namespace Qari.Exchanges.Tests.Contract;

/// <summary>Bitget runs the adapter contract unchanged.</summary>
public sealed class BitgetContractTests() : SpotExchangeContract(ExchangeId.Bitget);
