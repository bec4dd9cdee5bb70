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
    private Offer[] _offers = [];
    private List<PriceTarget> _all = [];
    private List<PriceTarget> _merging = [];
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
        // Layers offer levels above their own last price, so a list changes whenever the price crosses one of its
        // levels: each layer's levels are sorted on their own (only the changed ones again) and merged in one pass.
        var changed = !_built;
        if (_offers.Length != verdicts.Length)
        {
            _offers = new Offer[verdicts.Length];
            for (var i = 0; i < _offers.Length; i++) _offers[i] = new Offer();
            changed = true;
        }
        for (var i = 0; i < verdicts.Length; i++) changed |= _offers[i].Update(verdicts[i]);
        if (changed)
        {
            _all.Clear();
            foreach (var offer in _offers)
            {
                if (offer.Count == 0) continue;
                Merge(_all, offer.Sorted.AsSpan(0, offer.Count), _merging);
                (_all, _merging) = (_merging, _all);
            }
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

    // The sorted levels of a and b, into c (cleared first).
    private static void Merge(List<PriceTarget> a, ReadOnlySpan<PriceTarget> b, List<PriceTarget> c)
    {
        c.Clear();
        int i = 0, j = 0;
        while (i < a.Count && j < b.Length) c.Add(Before(b[j], a[i]) ? b[j++] : a[i++]);
        while (i < a.Count) c.Add(a[i++]);
        while (j < b.Length) c.Add(b[j++]);
    }

    // The planner's order: by price, then by the reason's ordinal text (a total order on the finite levels kept here).
    private static bool Before(in PriceTarget x, in PriceTarget y) =>
        x.Price < y.Price || (x.Price == y.Price && string.CompareOrdinal(x.Reason, y.Reason) < 0);

    /// <summary>One verdict's offer: its target list (or single targets) and their finite levels, sorted.</summary>
    private sealed class Offer
    {
        private static readonly string?[] Firsts = new string?[LayerLists.MaxLayer + 1];
        private static readonly string?[] Seconds = new string?[LayerLists.MaxLayer + 1];
        private bool _set;
        private LayerVerdict? _verdict;
        private LayerId _layer;
        private IReadOnlyList<PriceTarget>? _targets;
        private double? _target1, _target2;

        public PriceTarget[] Sorted { get; private set; } = [];

        public int Count { get; private set; }

        /// <summary>Takes the verdict's offer; true when it offers other levels than before.</summary>
        public bool Update(LayerVerdict verdict)
        {
            // A memoised layer hands out the same (immutable) verdict again: same levels, no need to read them.
            if (ReferenceEquals(verdict, _verdict)) return false;
            _verdict = verdict;
            var l = verdict.Levels;
            // Equal values (NaN never equals, so it is taken again) name the same levels: a single target's reason names only its layer.
            if (_set && verdict.Layer == _layer && ReferenceEquals(l.Targets, _targets) && (l.Targets is not null || (l.Target1 == _target1 && l.Target2 == _target2)))
                return false;
            (_set, _layer, _targets, _target1, _target2) = (true, verdict.Layer, l.Targets, l.Target1, l.Target2);
            Count = 0;
            if (l.Targets is { } offered)
            {
                for (var j = 0; j < offered.Count; j++) Add(offered[j]);
            }
            else
            {
                _ = TradePlanner.Name(verdict.Layer); // as the planner, which names every layer without a list (and rejects unknown ones)
                if (l.Target1 is { } t1 && double.IsFinite(t1)) Add(new PriceTarget(t1, Reason(Firsts, verdict.Layer, "target")));
                if (l.Target2 is { } t2 && double.IsFinite(t2)) Add(new PriceTarget(t2, Reason(Seconds, verdict.Layer, "second target")));
            }
            // Insertion sort: a layer offers a few levels, often already in order.
            var sorted = Sorted;
            for (var i = 1; i < Count; i++)
            {
                var x = sorted[i];
                var j = i - 1;
                for (; j >= 0 && Before(x, sorted[j]); j--) sorted[j + 1] = sorted[j];
                sorted[j + 1] = x;
            }
            return true;
        }

        private void Add(PriceTarget target)
        {
            if (!double.IsFinite(target.Price)) return;
            if (Count == Sorted.Length)
            {
                var grown = new PriceTarget[Math.Max(8, Sorted.Length * 2)];
                Sorted.AsSpan().CopyTo(grown);
                Sorted = grown;
            }
            Sorted[Count++] = target;
        }

        // "L8 order book target": the same text the planner writes, one instance per layer.
        private static string Reason(string?[] cache, LayerId layer, string what) =>
            (int)layer is >= 0 and <= LayerLists.MaxLayer
                ? cache[(int)layer] ??= $"{TradePlanner.Name(layer)} {what}"
                : $"{TradePlanner.Name(layer)} {what}";
    }
}
