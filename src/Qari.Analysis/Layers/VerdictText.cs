namespace Qari.Analysis.Layers;

/// <summary>
/// A verdict's sentence as data and a way to write it: the captured values (never a live object, so the text is the
/// same whenever it is read) plus the one value carried by the verdict itself (the price or moment it was judged at).
/// One object instead of a closure and a delegate; written only when someone reads <see cref="LayerVerdict.Sentence"/>.
/// </summary>
internal abstract class VerdictText
{
    /// <summary>The sentence at <paramref name="at"/>; must depend on nothing but this object's (immutable) fields and <paramref name="at"/>.</summary>
    public abstract string Write(double at);
}
