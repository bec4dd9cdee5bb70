namespace Qari.Analysis.Structure;

/// <summary>Which side of price resting orders sit on.</summary>
public enum LiquiditySide
{
    /// <summary>Above price: buy stops of shorts and breakout buyers (swing highs, equal highs).</summary>
    BuySide,
    /// <summary>Below price: sell stops of longs (swing lows, equal lows).</summary>
    SellSide,
}
