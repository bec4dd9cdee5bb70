namespace Qari.Analysis.Layers;

/// <summary>Breadth over the scanned universe at one moment, from candles only.</summary>
/// <param name="Pairs">Pairs with enough 4h history to count.</param>
/// <param name="ShareAboveEma50">Share (0–1) of those pairs whose close is above their 4h EMA50.</param>
/// <param name="ShareBullishStructure">Share (0–1) of those pairs whose 4h structure is bullish (HH/HL).</param>
/// <param name="ShareBearishStructure">Share (0–1) of those pairs whose 4h structure is bearish (LH/LL); NaN when not measured.</param>
public readonly record struct MarketBreadth(int Pairs, double ShareAboveEma50, double ShareBullishStructure, double ShareBearishStructure = double.NaN);
