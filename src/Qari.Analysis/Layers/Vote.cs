namespace Qari.Analysis.Layers;

/// <summary>A layer's vote on a long entry.</summary>
public enum Vote
{
    /// <summary>The layer's data is missing (not enough history, no order book, no BTC series…).</summary>
    Abstain,

    /// <summary>The layer's evidence argues against a long entry.</summary>
    Bearish,

    /// <summary>Nothing decisive either way.</summary>
    Neutral,

    /// <summary>The layer's evidence supports a long entry.</summary>
    Bullish,
}
