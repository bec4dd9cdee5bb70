using Qari.Analysis.Confluence;
using Qari.Analysis.Engine;

namespace Qari.Backtest.Replay;

/// <summary>
/// One 5-minute step of a replay as the analysis saw it: which symbols had a candle, the structure signals each
/// candle confirmed, and the cycle's ranked candidates. Everything the engine side needs from the analysis, copied
/// out of the analysers, so the analysis may already be further on when the engine side reads it. Reused: the
/// arrays are allocated once per run (the ranked list is the cycle's own new list).
/// </summary>
internal sealed class AnalysedStep(int symbols)
{
    private readonly int[] _slots = new int[symbols];
    private readonly int[] _signalEnds = new int[symbols];
    private readonly List<StructureSignal> _signals = [];

    /// <summary>
    /// With analysis lanes (<see cref="AnalysisLanes"/>): the passing candidate of the <c>k</c>-th symbol at index
    /// <c>k</c> for the symbols this lane scores, null for the others (and for failing ones, already counted).
    /// </summary>
    public Candidate?[] Scored { get; } = new Candidate?[symbols];

    /// <summary>Open time (Unix ms) of the step's 5m candles.</summary>
    public long OpenTimeMs { get; private set; }

    /// <summary>How many symbols had a candle at <see cref="OpenTimeMs"/>.</summary>
    public int Count { get; private set; }

    /// <summary>The cycle's candidates, ranked.</summary>
    public IReadOnlyList<Candidate> Ranked { get; private set; } = [];

    /// <summary>The data slot (index into the sorted symbol data) of the <paramref name="k"/>-th symbol, in slot order.</summary>
    public int Slot(int k) => _slots[k];

    /// <summary>The structure signals the <paramref name="k"/>-th symbol's candle confirmed, oldest first.</summary>
    public ReadOnlySpan<StructureSignal> Signals(int k)
    {
        var start = k == 0 ? 0 : _signalEnds[k - 1];
        return System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_signals)[start.._signalEnds[k]];
    }

    /// <summary>Starts filling the step for candles opening at <paramref name="openTimeMs"/>.</summary>
    public void Begin(long openTimeMs)
    {
        OpenTimeMs = openTimeMs;
        Count = 0;
        Ranked = [];
        _signals.Clear();
        Array.Clear(Scored);
    }

    /// <summary>Adds the next symbol (in slot order) with the signals its candle confirmed.</summary>
    public void Add(int slot, IReadOnlyList<StructureSignal> signals)
    {
        for (var s = 0; s < signals.Count; s++) _signals.Add(signals[s]);
        Added(slot);
    }

    /// <summary>Adds the next symbol (in slot order) with the signals its candle confirmed.</summary>
    public void Add(int slot, ReadOnlySpan<StructureSignal> signals)
    {
        _signals.AddRange(signals);
        Added(slot);
    }

    // Closes the symbol just added: its slot and where its signals end.
    private void Added(int slot)
    {
        _slots[Count] = slot;
        _signalEnds[Count] = _signals.Count;
        Count++;
    }

    /// <summary>Completes the step with the cycle's ranked candidates.</summary>
    public void End(IReadOnlyList<Candidate> ranked) => Ranked = ranked;
}
