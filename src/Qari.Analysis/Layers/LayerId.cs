namespace Qari.Analysis.Layers;

/// <summary>The 11 analysis layers of SPEC section 4, in their documented order (price action first, indicators last).</summary>
public enum LayerId
{
    /// <summary>L1 market structure: 1d/4h trend agreement, the directional bias.</summary>
    L01MarketStructure = 1,

    /// <summary>L2 liquidity pools and swing failure patterns.</summary>
    L02Liquidity = 2,

    /// <summary>L3 order blocks and fair value gaps.</summary>
    L03OrderBlocks = 3,

    /// <summary>L4 volume: relative volume, OBV trend and divergence.</summary>
    L04Volume = 4,

    /// <summary>L5 sentiment: breadth over the scanned universe, optional Fear &amp; Greed.</summary>
    L05Sentiment = 5,

    /// <summary>L6 Fibonacci retracement of the latest impulse leg.</summary>
    L06Fibonacci = 6,

    /// <summary>L7 indicators (RSI, MACD, EMA stack, Bollinger, ADX, MFI), confirmation only.</summary>
    L07Indicators = 7,

    /// <summary>L8 order book: spread, imbalance, walls, slippage.</summary>
    L08OrderBook = 8,

    /// <summary>L9 session and anchored VWAP.</summary>
    L09Vwap = 9,

    /// <summary>L10 trading-session context.</summary>
    L10Session = 10,

    /// <summary>L11 BTC context: BTC structure, sudden drops, strength against BTC, optional dominance.</summary>
    L11BtcContext = 11,
}
