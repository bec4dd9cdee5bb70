using System.Runtime.ExceptionServices;
using Qari.Analysis.Confluence;
using Qari.Analysis.Engine;
using Qari.Analysis.Layers;
using Qari.Model.Ids;

namespace Qari.Backtest.Replay;

/// <summary>
/// Scores one cycle's symbols (<paramref name="evaluate"/>: <see cref="AnalysisCycle.Evaluate"/>) on the analysis thread while letting one other thread (the engine side, when it has
/// caught up and would otherwise sleep) score some of them. Symbols are claimed one at a time from a counter, so
/// no thread waits for the other except for a symbol it already started; every candidate lands in its own slot,
/// so who scored which symbol cannot change the result (each symbol is touched by one thread per cycle, and the
/// next cycle starts only after every claimed symbol is done).
/// </summary>
/// <remarks>
/// The claim word holds the cycle's generation (high 32 bits), its symbol count (16 bits) and the next symbol
/// (16 bits): a helper that read an old cycle's word cannot claim a symbol of the next one, because its
/// compare-exchange fails once the generation moved on.
/// </remarks>
internal sealed class SharedCycle(Func<Symbol, SymbolAnalyzer, MarketContext, Candidate> evaluate)
{
    private const int MaxSymbols = 0xFFFF;
    private long _claim;
    private int _done;
    private IReadOnlyList<KeyValuePair<Symbol, SymbolAnalyzer>> _fresh = [];
    private MarketContext? _context;
    private Candidate[] _scored = [];
    private ExceptionDispatchInfo? _fault;

    /// <summary>True when a cycle of <paramref name="symbols"/> symbols can be shared.</summary>
    public static bool CanShare(int symbols) => symbols is >= 2 and <= MaxSymbols;

    /// <summary>Scores every symbol of <paramref name="fresh"/> into <paramref name="scored"/>, with whatever help comes.</summary>
    public void Score(IReadOnlyList<KeyValuePair<Symbol, SymbolAnalyzer>> fresh, MarketContext context, Candidate[] scored)
    {
        var n = fresh.Count;
        _fresh = fresh;
        _context = context;
        _scored = scored;
        _fault = null;
        Volatile.Write(ref _done, 0);
        var generation = (Volatile.Read(ref _claim) >> 32) + 1;
        // Publishing the new word (a full fence) makes the fields above visible to a helper that claims from it.
        Interlocked.Exchange(ref _claim, (generation << 32) | ((long)n << 16));
        while (TryClaim(out var k)) Evaluate(k);
        var spin = new SpinWait();
        while (Volatile.Read(ref _done) < n) spin.SpinOnce(sleep1Threshold: -1);
        _fault?.Throw();
    }

    /// <summary>Scores one unclaimed symbol of the open cycle, if any; false when there was none. Never throws.</summary>
    public bool TryHelp()
    {
        if (!TryClaim(out var k)) return false;
        Evaluate(k);
        return true;
    }

    private bool TryClaim(out int k)
    {
        while (true)
        {
            var word = Volatile.Read(ref _claim);
            var count = (int)((word >> 16) & MaxSymbols);
            k = (int)(word & MaxSymbols);
            if (k >= count) return false;
            if (Interlocked.CompareExchange(ref _claim, word + 1, word) == word) return true;
        }
    }

    private void Evaluate(int k)
    {
        try
        {
            var (symbol, analyzer) = _fresh[k];
            _scored[k] = evaluate(symbol, analyzer, _context!);
        }
        catch (Exception e)
        {
            Interlocked.CompareExchange(ref _fault, ExceptionDispatchInfo.Capture(e), null);
        }
        Interlocked.Increment(ref _done);
    }
}
