using Qari.Model.Ids;

namespace Qari.Exchanges.Tests.Contract;

/// <summary>KuCoin runs the adapter contract.</summary>
public sealed class KucoinContractTests() : SpotExchangeContract(ExchangeId.Kucoin);
