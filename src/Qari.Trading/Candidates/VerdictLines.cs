using System.Collections;
using System.Globalization;
using Qari.Analysis.Layers;

namespace Qari.Trading.Candidates;

/// <summary>
/// The one-line-per-layer texts of a <see cref="Qari.Trading.Risk.TradeCandidate"/>, each written on first read:
/// every passing candidate of every cycle carries them, but only the few that become trades are ever read, and
/// writing them forces every layer's sentence.
/// </summary>
internal sealed class VerdictLines(IReadOnlyList<LayerVerdict> verdicts) : IReadOnlyList<string>
{
    private readonly string?[] _lines = new string?[verdicts.Count];

    /// <inheritdoc />
    public int Count => _lines.Length;

    /// <inheritdoc />
    public string this[int index] => _lines[index] ??= Line(verdicts[index]);

    /// <summary>The line for one verdict (layer, vote, points, sentence).</summary>
    internal static string Line(LayerVerdict v) => string.Create(CultureInfo.InvariantCulture, $"{v.Layer}: {v.Vote} ({v.Points:0.##}) {v.Sentence}");

    /// <inheritdoc />
    public IEnumerator<string> GetEnumerator()
    {
        for (var i = 0; i < _lines.Length; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
