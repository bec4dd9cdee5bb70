namespace Qari.Analysis.Layers;

/// <summary>
/// An optional external Fear &amp; Greed provider. Implementations that fetch over HTTP live outside Qari.Analysis
/// (which does no I/O) and hand in the latest reading they hold; none is configured by default.
/// </summary>
public interface IFearGreedSource
{
    /// <summary>The latest reading published at or before <paramref name="atMs"/>, or null when there is none.</summary>
    FearGreedReading? ReadingAt(long atMs);
}
