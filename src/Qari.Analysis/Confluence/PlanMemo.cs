using Qari.Analysis.Layers;

namespace Qari.Analysis.Confluence;

/// <summary>
/// One symbol's scoring memo: every level the verdicts offer, sorted once while they offer the same levels (the
/// layers hand out the same target lists again between candle closes, see <see cref="LayerMemo"/>), the clusters
/// above the price and the merged targets named from them, and the symbol's last failure list. A plan collects the
/// offered levels above the price sorted by (price, reason), a total order: that is exactly the part of the sorted
/// set of every offered level that lies above the price, so a moved price only moves where that part starts and
/// never needs a new sort. Kept on the symbol's analyser, used by the one thread scoring it at a time.
/// </summary>
internal sealed class PlanMemo
{
    private readonly List<(LayerId Layer, IReadOnlyList<PriceTarget>? Targets, double? Target1, double? Target2)> _offered = [];
    private readonly List<PriceTarget> _all = [];
    private readonly List<int> _clusters = [];
    private PriceTarget?[] _merged = [];
    private bool _built;
    private int _start = -1;
    private string?[] _scratch = new string?[8];

    /// <summary>Every finite level the verdicts offer (above the price or not), sorted by price then reason.</summary>
    public List<PriceTarget> Levels => _all;

    /// <summary>The start index (into <see cref="Levels"/>) of each cluster of the levels above the price.</summary>
    public List<int> Clusters => _clusters;

    /// <summary>The failure list of the symbol's last candidate (shared by candidates with the same sentences).</summary>
    internal FailureList LastFailures { get; private set; } = FailureList.Empty;

    /// <summary>Makes <see cref="Levels"/> those offered by <paramref name="verdicts"/> and <see cref="Clusters"/> those above <paramref name="price"/>.</summary>
    public void Update(double price, ReadOnlySpan<LayerVerdict> verdicts)
    {
        if (!Holds(verdicts))
        {
            _offered.Clear();
            for (var i = 0; i < verdicts.Length; i++)
            {
                var l = verdicts[i].Levels;
                _offered.Add((verdicts[i].Layer, l.Targets, l.Target1, l.Target2));
            }
            TradePlanner.Levels(double.NegativeInfinity, verdicts, _all);
            if (_merged.Length < _all.Count) _merged = new PriceTarget?[Math.Max(_all.Count, _merged.Length * 2)];
            else Array.Clear(_merged);
            _built = true;
            _start = -1;
        }
        var start = Above(price);
        if (start == _start) return;
        _start = start;
        _clusters.Clear();
        for (var i = start; i < _all.Count; i++)
            if (_clusters.Count == 0 || _all[i].Price > _all[_clusters[^1]].Price * (1.0 + TradePlanner.MergeTolerance)) _clusters.Add(i);
    }

    /// <summary>Cluster <paramref name="c"/> merged (its lowest price, its reasons joined), written once per level set.</summary>
    /// <remarks>A cluster's end depends only on its first level, so the merge is kept by that level's index.</remarks>
    public PriceTarget Merged(int c) => _merged[_clusters[c]] ??= TradePlanner.Merge(_all, _clusters, c);

    /// <summary>
    /// The failure list holding <paramref name="count"/> sentences of <see cref="Scratch"/>: the last one again when
    /// it holds the very same sentence instances (failure sentences come from caches), else a new one.
    /// </summary>
    internal FailureList Failures(int count)
    {
        if (count == 0) return LastFailures = FailureList.Empty;
        if (!LastFailures.Holds(_scratch.AsSpan(0, count))) LastFailures = new FailureList(_scratch.AsSpan(0, count).ToArray()!);
        return LastFailures;
    }

    /// <summary>A buffer for at least <paramref name="count"/> failure sentences of the next candidate.</summary>
    internal string?[] Scratch(int count)
    {
        if (_scratch.Length < count) _scratch = new string?[Math.Max(count, _scratch.Length * 2)];
        return _scratch;
    }

    // The first level strictly above the price (the levels are finite and sorted by price).
    private int Above(double price)
    {
        int lo = 0, hi = _all.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_all[mid].Price > price) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    private bool Holds(ReadOnlySpan<LayerVerdict> verdicts)
    {
        if (!_built || verdicts.Length != _offered.Count) return false;
        for (var i = 0; i < verdicts.Length; i++)
        {
            var l = verdicts[i].Levels;
            var o = _offered[i];
            if (verdicts[i].Layer != o.Layer || !ReferenceEquals(l.Targets, o.Targets)) return false;
            // Equal values (NaN never equals, so it rebuilds) name the same levels: a single target's reason names only its layer.
            if (l.Targets is null && (l.Target1 != o.Target1 || l.Target2 != o.Target2)) return false;
        }
        return true;
    }
}
