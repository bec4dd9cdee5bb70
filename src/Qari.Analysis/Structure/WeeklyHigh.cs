namespace Qari.Analysis.Structure;

/// <summary>A weekly swing high not traded above since.</summary>
/// <param name="Price">The week's high.</param>
/// <param name="WeekStartMs">Monday 00:00 UTC of that week (Unix ms).</param>
public readonly record struct WeeklyHigh(double Price, long WeekStartMs);
