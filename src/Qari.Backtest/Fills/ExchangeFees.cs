using Qari.Model.Ids;

namespace Qari.Backtest.Fills;

/// <summary>
/// One exchange's spot fees: maker and taker rates as fractions (0.001 = 0.1%) and which asset a buy's fee is taken
/// from (sells always pay in the quote asset they receive).
/// </summary>
public sealed record ExchangeFees(ExchangeId Exchange, decimal Maker, decimal Taker, FeeAsset BuyFeeAsset)
{
    /// <summary>The rate for a maker (resting) or taker (crossing) fill.</summary>
    public decimal Rate(bool isMaker) => isMaker ? Maker : Taker;
}
