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

    /// <summary>Creates the standard 11 layers.</summary>
    public LayerSet(OrderBookSettings? orderBook = null)
        : this(orderBook, memoise: true)
    {
    }

    /// <summary>Test hook: <paramref name="memoise"/> false evaluates every layer afresh on every call.</summary>
    internal LayerSet(OrderBookSettings? orderBook, bool memoise)
    {
        _memoise = memoise;
        _layers =
        [
            new L01MarketStructure(), new L02Liquidity(), new L03OrderBlocks(), new L04Volume(), new L05Sentiment(),
            new L06Fibonacci(), new L07Indicators(), new L08OrderBook(orderBook), new L09Vwap(), new L10Session(),
            new L11BtcContext(),
        ];
    }

    /// <summary>The layers, L1 first.</summary>
    public IReadOnlyList<ILayer> Layers => _layers;

    /// <summary>Every layer's verdict, in layer order.</summary>
    public LayerVerdict[] Evaluate(LayerInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var verdicts = new LayerVerdict[_layers.Length];
        for (var i = 0; i < _layers.Length; i++)
        {
            var layer = _layers[i];
            verdicts[i] = _memoise && layer is IMemoLayer memo
                ? memo.Evaluate(input, LayerMemo.For(input.Analyzer, layer.Id))
                : layer.Evaluate(input);
        }
        return verdicts;
    }
}
