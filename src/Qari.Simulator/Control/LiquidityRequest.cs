namespace Qari.Simulator.Control;

/// <summary>POST /_sim/liquidity: base quantity per synthetic book level (null restores the default) — small values force partial fills.</summary>
public sealed record LiquidityRequest(string Symbol, decimal? LevelQuantity);
