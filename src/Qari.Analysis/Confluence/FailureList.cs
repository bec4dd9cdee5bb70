using System.Collections;

namespace Qari.Analysis.Confluence;

/// <summary>
/// A candidate's failure sentences, read-only: a symbol that fails for the same reasons cycle after cycle hands out
/// the same list again (see <see cref="PlanMemo"/>), so no caller may change one, and none can.
/// </summary>
internal sealed class FailureList(string[] failures) : IReadOnlyList<string>
{
    /// <summary>No failures (a passing candidate).</summary>
    public static FailureList Empty { get; } = new([]);

    /// <inheritdoc />
    public int Count => failures.Length;

    /// <inheritdoc />
    public string this[int index] => failures[index];

    /// <summary>True when the list holds exactly these sentence instances, in this order.</summary>
    public bool Holds(ReadOnlySpan<string?> sentences)
    {
        if (sentences.Length != failures.Length) return false;
        for (var i = 0; i < sentences.Length; i++)
            if (!ReferenceEquals(sentences[i], failures[i])) return false;
        return true;
    }

    /// <inheritdoc />
    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)failures).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => failures.GetEnumerator();
}
