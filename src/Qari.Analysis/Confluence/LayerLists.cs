using System.Collections.ObjectModel;
using Qari.Analysis.Layers;

namespace Qari.Analysis.Confluence;

/// <summary>
/// Read-only lists of layers in layer order, one shared instance per set of layers: every candidate of every cycle
/// names its bullish and bearish layers, and there are only 2¹¹ possible sets.
/// </summary>
internal static class LayerLists
{
    /// <summary>The highest layer number a mask can hold.</summary>
    public const int MaxLayer = 11;

    private static readonly ReadOnlyCollection<LayerId>?[] Lists = new ReadOnlyCollection<LayerId>?[1 << (MaxLayer + 1)];

    /// <summary>The layers whose bit (1 &lt;&lt; layer number) is set in <paramref name="mask"/>, lowest first.</summary>
    public static IReadOnlyList<LayerId> Of(int mask)
    {
        // A race builds the same list twice; either instance is correct.
        if (Lists[mask] is { } list) return list;
        var layers = new List<LayerId>();
        for (var id = 1; id <= MaxLayer; id++)
            if ((mask & (1 << id)) != 0) layers.Add((LayerId)id);
        return Lists[mask] = layers.AsReadOnly();
    }
}
