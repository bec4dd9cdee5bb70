namespace Qari.Backtest.Replay;

/// <summary>
/// Counts why candidates failed the confluence rule, with the numbers of each sentence blanked so equal reasons count
/// together ("score 41.2 is below the threshold 60" → "score # is below the threshold #"). Every failing symbol of
/// every cycle passes through here, so the key is built in a reused buffer and looked up without a new string.
/// Most sentences are the very same string instances cycle after cycle (memoised verdicts and cached failure
/// texts), so a small direct-mapped cache from a sentence instance to its key's counter skips the blanking and the
/// lookup for them; a miss only costs the normal path.
/// </summary>
internal sealed class FailureTally
{
    private const int CacheSize = 4096;
    private readonly Dictionary<string, Counter> _counts = new(StringComparer.Ordinal);
    private readonly (string? Failure, Counter? Counter)[] _cache = new (string?, Counter?)[CacheSize];
    private char[] _buffer = new char[128];

    /// <summary>Counts one failure sentence.</summary>
    public void Add(string failure)
    {
        ref var slot = ref _cache[System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(failure) & (CacheSize - 1)];
        if (ReferenceEquals(slot.Failure, failure))
        {
            slot.Counter!.Count++;
            return;
        }
        var key = Key(failure, ref _buffer);
        var lookup = _counts.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(key, out var counter))
        {
            counter = new Counter();
            lookup[key] = counter;
        }
        counter.Count++;
        slot = (failure, counter);
    }

    /// <summary>Adds every count of <paramref name="other"/> (another thread's tally, once that thread has stopped).</summary>
    public void AddAll(FailureTally other)
    {
        foreach (var (key, theirs) in other._counts)
        {
            if (!_counts.TryGetValue(key, out var counter)) _counts[key] = counter = new Counter();
            counter.Count += theirs.Count;
        }
    }

    /// <summary>The counts by key in ordinal key order.</summary>
    public SortedDictionary<string, int> ToSorted()
    {
        var sorted = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, counter) in _counts) sorted.Add(key, counter.Count);
        return sorted;
    }

    /// <summary>
    /// The sentence with digits as '#', then "#.#" → "#" (left to right, not overlapping), then every run of '#'
    /// collapsed to one: the same text as replacing "##" by "#" until none is left.
    /// </summary>
    internal static ReadOnlySpan<char> Key(string failure, ref char[] buffer)
    {
        if (buffer.Length < failure.Length) buffer = new char[failure.Length * 2];
        var digits = buffer.AsSpan(0, failure.Length);
        for (var i = 0; i < failure.Length; i++) digits[i] = char.IsAsciiDigit(failure[i]) ? '#' : failure[i];
        // Both passes only shrink the text, so they can write into the buffer they read from.
        var n = 0;
        for (var i = 0; i < digits.Length;)
        {
            if (i + 2 < digits.Length && digits[i] == '#' && digits[i + 1] == '.' && digits[i + 2] == '#')
            {
                buffer[n++] = '#';
                i += 3;
            }
            else
            {
                buffer[n++] = digits[i++];
            }
        }
        var m = 0;
        for (var i = 0; i < n; i++)
            if (buffer[i] != '#' || m == 0 || buffer[m - 1] != '#') buffer[m++] = buffer[i];
        return buffer.AsSpan(0, m);
    }

    private sealed class Counter
    {
        public int Count;
    }
}
