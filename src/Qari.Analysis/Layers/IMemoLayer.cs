namespace Qari.Analysis.Layers;

/// <summary>
/// A layer that can hand out its last verdict for a symbol again while nothing it reads has changed. The verdict
/// must be equal to what <see cref="ILayer.Evaluate"/> returns for the same input (tested cycle by cycle).
/// </summary>
internal interface IMemoLayer : ILayer
{
    /// <summary>The verdict, reused from <paramref name="memo"/> when its inputs are unchanged, else computed and remembered.</summary>
    LayerVerdict Evaluate(LayerInput input, LayerMemo memo);
}
