namespace Qari.Analysis.Layers;

/// <summary>
/// One layer's last verdict for one symbol and what it was computed from, so that the layer can hand the same
/// verdict out again while nothing it reads has changed. A layer's state (structure, indicators, levels) only changes
/// when a candle of its timeframe closes, which the candle counts in <see cref="Holds"/> capture; the 5m price only
/// matters through comparisons with levels, which the price cell captures: every level the layer compared the price
/// with is on the same side of a new price inside the cell, so every comparison, and so the verdict, comes out the
/// same. Kept on the symbol's analyser (one per layer), read and written by the thread scoring that symbol.
/// </summary>
internal sealed class LayerMemo
{
    private ILayer? _owner;
    private long _k1, _k2, _k3;
    private double _price = double.NaN, _below, _above;
    private bool _onLevel;

    /// <summary>The remembered verdict (null before the first).</summary>
    public LayerVerdict? Verdict { get; private set; }

    /// <summary>A value the layer keeps with the verdict (e.g. the swing failure it chose); compared by the layer.</summary>
    public object? Extra { get; private set; }

    /// <summary>The layer's own state for this symbol that outlives a cell (e.g. indexes kept per candle count); never handed out.</summary>
    public object? State { get; set; }

    /// <summary>
    /// True when <paramref name="owner"/> computed the remembered verdict from the same candle counts and the price
    /// is inside the cell: the price it was computed at, or strictly between the nearest levels below and above it
    /// when the price sat on no level.
    /// </summary>
    public bool Holds(ILayer owner, long k1, long k2, long k3, double price) =>
        Verdict is not null && ReferenceEquals(owner, _owner) && k1 == _k1 && k2 == _k2 && k3 == _k3
        && (price.Equals(_price) || (!_onLevel && price > _below && price < _above));

    /// <summary>Starts a new cell at <paramref name="price"/> (levels are added with <see cref="Level"/> before <see cref="Keep"/>).</summary>
    public void Start(double price)
    {
        Verdict = null;
        Extra = null;
        _owner = null;
        _price = price;
        _below = double.NegativeInfinity;
        _above = double.PositiveInfinity;
        // A NaN price compares false with every level: nothing can be reused.
        _onLevel = double.IsNaN(price);
    }

    /// <summary>A level the layer compares the price with: narrows the cell to the side of the price it is on.</summary>
    public void Level(double level)
    {
        if (double.IsNaN(level)) return;
        if (level < _price) _below = Math.Max(_below, level);
        else if (level > _price) _above = Math.Min(_above, level);
        else _onLevel = true;
    }

    /// <summary>
    /// Narrows the cell as <see cref="Level"/> would for each level in turn, given the nearest level below and above the
    /// price and whether a level equalled it (a layer comparing many levels collects these in locals first).
    /// </summary>
    public void Levels(double below, double above, bool onLevel)
    {
        _below = Math.Max(_below, below);
        _above = Math.Min(_above, above);
        _onLevel |= onLevel;
    }

    /// <summary>Every buy-side pool of <paramref name="state"/> as a level (what <see cref="TargetLevels.AddBuySide"/> compares).</summary>
    public void BuySide(Engine.TimeframeState state)
    {
        if (state.Analyzer is null) return;
        var pools = state.Analyzer.Liquidity.BuySide;
        for (var i = 0; i < pools.Count; i++) Level(pools[i].Price);
    }

    /// <summary>Remembers <paramref name="verdict"/> for the keys and the cell started last.</summary>
    public LayerVerdict Keep(ILayer owner, long k1, long k2, long k3, LayerVerdict verdict, object? extra = null)
    {
        _owner = owner;
        (_k1, _k2, _k3) = (k1, k2, k3);
        Extra = extra;
        return Verdict = verdict;
    }

    /// <summary>This analyser's memo for <paramref name="layer"/>, created on first use.</summary>
    public static LayerMemo For(Engine.SymbolAnalyzer analyzer, LayerId layer) =>
        analyzer.Memos[(int)layer] ??= new LayerMemo();
}
