using Qari.Model.Ids;

namespace Qari.Exchanges.Tests.Contract;

/// <summary>OKX (v5, spot, cash mode) runs the adapter contract. OKX's instrument list has no minimum-notional field (minSz only), so the adapter reports 0.</summary>
public sealed class OkxContractTests() : SpotExchangeContract(ExchangeId.Okx)
{
    protected override decimal ExpectedMinNotional => 0m;
}
