namespace Qari.Analysis.Layers;

/// <summary>A structural level above price that a layer offers as a profit target, with the reason it is one.</summary>
/// <param name="Price">The level.</param>
/// <param name="Reason">What makes it a target, in words a user reads (e.g. "1d swing high", "1.272 extension of the 4h impulse 80,000→95,000").</param>
public readonly record struct PriceTarget(double Price, string Reason);
