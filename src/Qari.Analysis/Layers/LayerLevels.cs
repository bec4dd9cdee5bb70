namespace Qari.Analysis.Layers;

/// <summary>The price levels a layer found; null where it found none.</summary>
/// <param name="ZoneLow">Bottom of the entry zone.</param>
/// <param name="ZoneHigh">Top of the entry zone.</param>
/// <param name="Target1">First target above price.</param>
/// <param name="Target2">Second target above price.</param>
/// <param name="Invalidation">Price below which the layer's long idea is wrong.</param>
/// <param name="Targets">
/// Every structural target above price the layer found, each with its reason (the planner picks PT1/PT2 from these;
/// null when the layer only sets <paramref name="Target1"/>/<paramref name="Target2"/>).
/// </param>
public readonly record struct LayerLevels(
    double? ZoneLow = null,
    double? ZoneHigh = null,
    double? Target1 = null,
    double? Target2 = null,
    double? Invalidation = null,
    IReadOnlyList<PriceTarget>? Targets = null)
{
    /// <summary>No levels.</summary>
    public static LayerLevels None => default;

    /// <summary>True when both zone bounds are set.</summary>
    public bool HasZone => ZoneLow is not null && ZoneHigh is not null;

    /// <summary>Value equality, the target lists compared element by element (verdicts of two runs must compare equal).</summary>
    public bool Equals(LayerLevels other) =>
        ZoneLow == other.ZoneLow && ZoneHigh == other.ZoneHigh && Target1 == other.Target1 && Target2 == other.Target2
        && Invalidation == other.Invalidation
        && (ReferenceEquals(Targets, other.Targets) || (Targets is not null && other.Targets is not null && Targets.SequenceEqual(other.Targets)));

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(ZoneLow);
        hash.Add(ZoneHigh);
        hash.Add(Target1);
        hash.Add(Target2);
        hash.Add(Invalidation);
        if (Targets is not null) foreach (var t in Targets) hash.Add(t);
        return hash.ToHashCode();
    }
}
