namespace Qari.Backtest.Results;

/// <summary>One fill of a trade: when, which order role, side, price, quantity, fee and the fee's asset.</summary>
public sealed record TradeFill(long TimeMs, string Leg, string Side, decimal Price, decimal Quantity, decimal Fee, string FeeAsset);
