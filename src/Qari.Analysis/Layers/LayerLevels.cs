namespace Qari.Analysis.Layers;

/// <summary>The price levels a layer found; null where it found none.</summary>
/// <param name="ZoneLow">Bottom of the entry zone.</param>
/// <param name="ZoneHigh">Top of the entry zone.</param>
/// <param name="Target1">First target above price.</param>
/// <param name="Target2">Second target above price.</param>
/// <param name="Invalidation">Price below which the layer's long idea is wrong.</param>
public readonly record struct LayerLevels(
    double? ZoneLow = null,
    double? ZoneHigh = null,
    double? Target1 = null,
    double? Target2 = null,
    double? Invalidation = null)
{
    /// <summary>No levels.</summary>
    public static LayerLevels None => default;

    /// <summary>True when both zone bounds are set.</summary>
    public bool HasZone => ZoneLow is not null && ZoneHigh is not null;
}
