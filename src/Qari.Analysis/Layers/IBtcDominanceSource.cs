namespace Qari.Analysis.Layers;

/// <summary>An optional external BTC-dominance provider (none by default); I/O happens in the implementation's host.</summary>
public interface IBtcDominanceSource
{
    /// <summary>The latest reading published at or before <paramref name="atMs"/>, or null when there is none.</summary>
    BtcDominanceReading? ReadingAt(long atMs);
}
