namespace Qari.Analysis.Layers;

/// <summary>One of the 11 layers: a deterministic, side-effect-free reading of a symbol's incremental state.</summary>
public interface ILayer
{
    /// <summary>Which layer this is.</summary>
    LayerId Id { get; }

    /// <summary>The verdict at the last closed candle fed to the input's analyzer.</summary>
    LayerVerdict Evaluate(LayerInput input);
}
