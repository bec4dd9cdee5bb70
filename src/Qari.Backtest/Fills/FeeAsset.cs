namespace Qari.Backtest.Fills;

/// <summary>The asset a fee is charged in.</summary>
public enum FeeAsset
{
    /// <summary>The base asset (e.g. BTC): a buy receives quantity minus fee.</summary>
    Base,
    /// <summary>The quote asset (e.g. USDT).</summary>
    Quote,
}
