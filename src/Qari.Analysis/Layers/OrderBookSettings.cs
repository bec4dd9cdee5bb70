namespace Qari.Analysis.Layers;

/// <summary>L8 thresholds (defaults are ours; tune them with backtests that have book data).</summary>
/// <param name="DepthBand">Band around mid-price whose depth is compared (0.01 = ±1%).</param>
/// <param name="MaxSpread">Relative spread above which the book is too thin to trade.</param>
/// <param name="MaxSlippage">Largest acceptable average-price slippage for the planned size.</param>
/// <param name="WallShare">A single level holding at least this share of its side's band depth is a wall.</param>
/// <param name="BullishImbalance">Bid share of band depth at or above which the book leans bullish.</param>
/// <param name="BearishImbalance">Bid share at or below which it leans bearish.</param>
public sealed record OrderBookSettings(
    double DepthBand = 0.01,
    double MaxSpread = 0.003,
    double MaxSlippage = 0.005,
    double WallShare = 0.25,
    double BullishImbalance = 0.6,
    double BearishImbalance = 0.4)
{
    /// <summary>The defaults.</summary>
    public static OrderBookSettings Default { get; } = new();
}
