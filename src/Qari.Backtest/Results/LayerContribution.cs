namespace Qari.Backtest.Results;

/// <summary>Closed trades split by whether a layer voted bullish at entry: count, win rate and mean R of each side.</summary>
public sealed record LayerContribution(
    string Layer,
    int TradesBullish,
    double WinRateBullish,
    double ExpectancyRBullish,
    int TradesOther,
    double WinRateOther,
    double ExpectancyROther);
