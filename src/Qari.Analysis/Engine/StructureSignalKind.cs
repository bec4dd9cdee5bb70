namespace Qari.Analysis.Engine;

/// <summary>The structure events the trading engine acts on.</summary>
public enum StructureSignalKind
{
    /// <summary>A 15m close above the last swing high against a bearish structure: a bullish change of character (arms leg 2).</summary>
    BullishChoch,

    /// <summary>A newly confirmed swing low above the swing low before it (the trailing stop steps up under it).</summary>
    HigherLow,
}
