using Qari.Analysis.Layers;

namespace Qari.Analysis.Confluence;

/// <summary>The confluence rule's settings; every default is documented in docs/analysis-layers.md.</summary>
/// <param name="Weights">Per-layer weights (stage 1: <see cref="LayerWeights.Default"/>).</param>
/// <param name="Threshold">Score (0–100) a candidate needs (default 60).</param>
/// <param name="MinBullishLayers">Independent layers that must vote bullish (default 3).</param>
/// <param name="MinRiskReward">Reward to the first target over risk to the stop (default 2.0).</param>
/// <param name="MinStop">Stop distance below entry is clamped up to at least this (default 10%).</param>
/// <param name="MaxStop">… and down to at most this (default 30%).</param>
/// <param name="ContextLayers">Layers that add points but never count toward <paramref name="MinBullishLayers"/> (default L10).</param>
public sealed record ConfluenceSettings(
    LayerWeights? Weights = null,
    double Threshold = 60.0,
    int MinBullishLayers = 3,
    double MinRiskReward = 2.0,
    double MinStop = 0.10,
    double MaxStop = 0.30,
    IReadOnlyList<LayerId>? ContextLayers = null)
{
    /// <summary>The defaults.</summary>
    public static ConfluenceSettings Default { get; } = new();

    /// <summary>The weights in use.</summary>
    public LayerWeights EffectiveWeights => Weights ?? LayerWeights.Default;

    /// <summary>The context layers in use.</summary>
    public IReadOnlyList<LayerId> EffectiveContextLayers => ContextLayers ?? [LayerId.L10Session];
}
