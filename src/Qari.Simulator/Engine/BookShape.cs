namespace Qari.Simulator.Engine;

/// <summary>
/// The synthetic liquidity around the last price: spread, number of levels, distance between levels and the
/// quote value per level. Market and marketable orders fill against it; it follows every new price.
/// </summary>
public sealed record BookShape(decimal SpreadBps = 2m, int Levels = 20, decimal LevelStepBps = 5m, decimal LevelQuote = 100_000m);
