namespace Qari.Analysis.Layers;

/// <summary>A verdict's levels held by reference (see <see cref="LayerVerdict"/>): immutable, shared between verdicts.</summary>
internal sealed class LevelsBox
{
    private static readonly LevelsBox NoLevels = new(LayerLevels.None);

    private LevelsBox(LayerLevels value) => Value = value;

    /// <summary>The levels.</summary>
    public LayerLevels Value { get; }

    /// <summary>A box holding <paramref name="levels"/> (one shared box for no levels at all).</summary>
    public static LevelsBox Of(LayerLevels levels) =>
        levels.Targets is null && levels.ZoneLow is null && levels.ZoneHigh is null && levels.Target1 is null
        && levels.Target2 is null && levels.Invalidation is null ? NoLevels : new LevelsBox(levels);
}
