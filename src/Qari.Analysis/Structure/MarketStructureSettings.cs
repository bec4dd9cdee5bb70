namespace Qari.Analysis.Structure;

/// <summary>Settings of <see cref="MarketStructure"/>.</summary>
/// <param name="Swings">Swing detection settings.</param>
/// <param name="BarHistory">Candles kept for looking back along a breaking leg (default 512); a leg longer than this starts at the oldest kept candle.</param>
/// <param name="BreakHistory">How many BOS/CHoCH events are kept for reading (default 64).</param>
/// <param name="AverageLength">Candles in the average range and average volume that other detectors grade against (default 20).</param>
public sealed record MarketStructureSettings(SwingSettings Swings, int BarHistory = 512, int BreakHistory = 64, int AverageLength = 20)
{
    /// <summary>The defaults.</summary>
    public static MarketStructureSettings Default { get; } = new(SwingSettings.Default);

    /// <summary>Throws when a value is out of range (a configuration bug).</summary>
    public void Validate()
    {
        Swings.Validate();
        ArgumentOutOfRangeException.ThrowIfLessThan(BarHistory, 2 * Swings.Strength + 2, nameof(BarHistory));
        ArgumentOutOfRangeException.ThrowIfLessThan(BreakHistory, 1, nameof(BreakHistory));
        ArgumentOutOfRangeException.ThrowIfLessThan(AverageLength, 2, nameof(AverageLength));
    }
}
