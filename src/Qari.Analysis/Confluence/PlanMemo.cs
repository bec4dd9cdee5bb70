using Qari.Analysis.Layers;

namespace Qari.Analysis.Confluence;

/// <summary>
/// One symbol's sorted, clustered target levels from the last plan, and the merged targets named from them, kept
/// while the verdicts offer the same levels: the layers hand out the same target lists again between candle closes
/// (see <see cref="LayerMemo"/>), so sorting and merging them every cycle repeats the same work. Reused only when
/// every offered level is the same list or value as before and all of them are still above the price, which makes
/// the level set exactly the one a fresh plan collects. Kept on the symbol's analyser, used by the thread scoring it.
/// </summary>
internal sealed class PlanMemo
{
    private readonly List<(LayerId Layer, IReadOnlyList<PriceTarget>? Targets, double? Target1, double? Target2)> _offered = [];
    private readonly List<PriceTarget> _levels = [];
    private readonly List<int> _clusters = [];
    private PriceTarget?[] _merged = [];
    private bool _reusable;
    private double _lowest = double.PositiveInfinity;

    /// <summary>Every offered level above the price, sorted (see <see cref="TradePlanner"/>).</summary>
    public List<PriceTarget> Levels => _levels;

    /// <summary>The start index of each cluster of <see cref="Levels"/>.</summary>
    public List<int> Clusters => _clusters;

    /// <summary>Makes <see cref="Levels"/> and <see cref="Clusters"/> those of <paramref name="verdicts"/> at <paramref name="price"/>.</summary>
    public void Update(double price, IReadOnlyList<LayerVerdict> verdicts)
    {
        if (Holds(price, verdicts)) return;
        _offered.Clear();
        // Reusable only when every offered level was kept: then "the same offers, all above the new price" is the same set.
        var allKept = true;
        for (var i = 0; i < verdicts.Count; i++)
        {
            var l = verdicts[i].Levels;
            _offered.Add((verdicts[i].Layer, l.Targets, l.Target1, l.Target2));
            if (l.Targets is { } offered)
            {
                for (var j = 0; j < offered.Count && allKept; j++) allKept = TradePlanner.Kept(offered[j].Price, price);
                continue;
            }
            if (l.Target1 is not null) allKept &= TradePlanner.Kept(l.Target1, price);
            if (l.Target2 is not null) allKept &= TradePlanner.Kept(l.Target2, price);
        }
        TradePlanner.Levels(price, verdicts, _levels);
        TradePlanner.Clusters(_levels, _clusters);
        if (_merged.Length < _clusters.Count) _merged = new PriceTarget?[Math.Max(_clusters.Count, _merged.Length * 2)];
        else Array.Clear(_merged);
        _lowest = _levels.Count > 0 ? _levels[0].Price : double.PositiveInfinity;
        _reusable = allKept;
    }

    /// <summary>Cluster <paramref name="c"/> merged (its lowest price, its reasons joined), written once per level set.</summary>
    public PriceTarget Merged(int c) => _merged[c] ??= TradePlanner.Merge(_levels, _clusters, c);

    private bool Holds(double price, IReadOnlyList<LayerVerdict> verdicts)
    {
        if (!_reusable || !(_lowest > price) || verdicts.Count != _offered.Count) return false;
        for (var i = 0; i < verdicts.Count; i++)
        {
            var l = verdicts[i].Levels;
            var o = _offered[i];
            if (verdicts[i].Layer != o.Layer || !ReferenceEquals(l.Targets, o.Targets)) return false;
            // Equal values (never NaN: those were not kept, so the memo is not reusable) name the same levels.
            if (l.Targets is null && (l.Target1 != o.Target1 || l.Target2 != o.Target2)) return false;
        }
        return true;
    }
}
