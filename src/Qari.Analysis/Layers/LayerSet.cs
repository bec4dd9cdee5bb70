namespace Qari.Analysis.Layers;

/// <summary>
/// The 11 layers in order; the layers are stateless, so one set serves every symbol. A layer whose inputs did not
/// change since it last judged a symbol hands out that verdict again (kept on the symbol's analyser; the same
/// verdict a fresh evaluation gives, see <see cref="LayerMemo"/>).
/// </summary>
public sealed class LayerSet
{
    private readonly ILayer[] _layers;
    private readonly bool _memoise;

    // Typed as the sealed layer classes so the memoised calls below are direct calls: going through the ILayer array
    // meant an interface type check and a polymorphic interface dispatch per layer, 11 per symbol every cycle.
    private readonly L01MarketStructure _l01 = new();
    private readonly L02Liquidity _l02 = new();
    private readonly L03OrderBlocks _l03 = new();
    private readonly L04Volume _l04 = new();
    private readonly L05Sentiment _l05 = new();
    private readonly L06Fibonacci _l06 = new();
    private readonly L07Indicators _l07 = new();
    private readonly L08OrderBook _l08;
    private readonly L09Vwap _l09 = new();
    private readonly L10Session _l10 = new();
    private readonly L11BtcContext _l11 = new();

    /// <summary>Creates the standard 11 layers.</summary>
    public LayerSet(OrderBookSettings? orderBook = null)
        : this(orderBook, memoise: true)
    {
    }

    /// <summary>Test hook: <paramref name="memoise"/> false evaluates every layer afresh on every call.</summary>
    internal LayerSet(OrderBookSettings? orderBook, bool memoise)
    {
        _memoise = memoise;
        _l08 = new L08OrderBook(orderBook);
        _layers = [_l01, _l02, _l03, _l04, _l05, _l06, _l07, _l08, _l09, _l10, _l11];
    }

    /// <summary>The layers, L1 first.</summary>
    public IReadOnlyList<ILayer> Layers => _layers;

    /// <summary>Every layer's verdict, in layer order.</summary>
    public LayerVerdict[] Evaluate(LayerInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var verdicts = new LayerVerdict[_layers.Length];
        if (!_memoise)
        {
            for (var i = 0; i < _layers.Length; i++) verdicts[i] = _layers[i].Evaluate(input);
            return verdicts;
        }
        // The analyser's memo slots are indexed by layer number (LayerMemo.For).
        var memos = input.Analyzer.Memos;
        verdicts[0] = ((IMemoLayer)_l01).Evaluate(input, memos[1] ??= new LayerMemo());
        verdicts[1] = ((IMemoLayer)_l02).Evaluate(input, memos[2] ??= new LayerMemo());
        verdicts[2] = ((IMemoLayer)_l03).Evaluate(input, memos[3] ??= new LayerMemo());
        verdicts[3] = ((IMemoLayer)_l04).Evaluate(input, memos[4] ??= new LayerMemo());
        verdicts[4] = ((IMemoLayer)_l05).Evaluate(input, memos[5] ??= new LayerMemo());
        verdicts[5] = ((IMemoLayer)_l06).Evaluate(input, memos[6] ??= new LayerMemo());
        verdicts[6] = ((IMemoLayer)_l07).Evaluate(input, memos[7] ??= new LayerMemo());
        verdicts[7] = _l08.Evaluate(input);
        verdicts[8] = ((IMemoLayer)_l09).Evaluate(input, memos[9] ??= new LayerMemo());
        verdicts[9] = ((IMemoLayer)_l10).Evaluate(input, memos[10] ??= new LayerMemo());
        verdicts[10] = ((IMemoLayer)_l11).Evaluate(input, memos[11] ??= new LayerMemo());
        return verdicts;
    }
}
