namespace Qari.Backtest.Fills;

/// <summary>
/// How harsh the simulated market is. Spread is the full bid-ask spread as a fraction of price (a buy pays half of it
/// above the candle price, a sell gets half below); slippage is an extra adverse fraction for market and triggered
/// stop fills; at most <see cref="MaxVolumeShare"/> of a candle's volume goes to one order, the rest waits for later
/// candles; fees are rounded up to <see cref="FeeDecimals"/> places.
/// </summary>
public sealed record FillSettings(
    decimal SpreadFraction = 0.0002m,
    decimal SlippageFraction = 0.0005m,
    decimal MaxVolumeShare = 0.10m,
    int FeeDecimals = 8)
{
    /// <summary>The defaults: 2 bps spread, 5 bps slippage, 10% of candle volume, fees to 8 places.</summary>
    public static FillSettings Default { get; } = new();
}
