using Qari.Analysis.Layers;

namespace Qari.Analysis.Confluence;

/// <summary>
/// One weight per layer (the share of the 100-point score it can earn). Stage 1 uses <see cref="Default"/>; a
/// stage-2 tuner or stage-3 model hands the scorer another set.
/// </summary>
public sealed record LayerWeights
{
    private readonly double[] _weights;

    /// <summary>Creates a set from 11 non-negative finite weights, L1 first.</summary>
    public LayerWeights(IReadOnlyList<double> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Count != 11) throw new ArgumentException($"Expected 11 weights (L1..L11), got {weights.Count}.", nameof(weights));
        if (weights.Any(w => !double.IsFinite(w) || w < 0)) throw new ArgumentException("Weights must be finite and non-negative.", nameof(weights));
        _weights = [.. weights];
    }

    /// <summary>Stage-1 defaults, summing to 100: structure and liquidity first, indicators and context last.</summary>
    public static LayerWeights Default { get; } = new([15, 12, 12, 8, 6, 10, 8, 8, 8, 4, 9]);

    /// <summary>The weight of <paramref name="layer"/>.</summary>
    public double Of(LayerId layer) => _weights[(int)layer - 1];

    /// <summary>The weights, L1 first.</summary>
    public IReadOnlyList<double> All => _weights;

    /// <inheritdoc />
    public bool Equals(LayerWeights? other) => other is not null && _weights.AsSpan().SequenceEqual(other._weights);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var w in _weights) hash.Add(w);
        return hash.ToHashCode();
    }
}
