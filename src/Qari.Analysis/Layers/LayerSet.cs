namespace Qari.Analysis.Layers;

/// <summary>The 11 layers in order; stateless, so one set serves every symbol.</summary>
public sealed class LayerSet
{
    private readonly ILayer[] _layers;

    /// <summary>Creates the standard 11 layers.</summary>
    public LayerSet(OrderBookSettings? orderBook = null)
    {
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
        var verdicts = new LayerVerdict[_layers.Length];
        for (var i = 0; i < _layers.Length; i++) verdicts[i] = _layers[i].Evaluate(input);
        return verdicts;
    }
}
