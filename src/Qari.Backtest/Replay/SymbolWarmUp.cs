using System.Runtime.ExceptionServices;
using Qari.Analysis.Engine;

namespace Qari.Backtest.Replay;

/// <summary>
/// The symbols' analysers, each warmed up (1h/4h/1d history) when the replay first needs it. A symbol's warm-up
/// depends only on its own data, so who runs it and when cannot change the analyser. With a helper
/// (<see cref="StartHelper"/>) the symbols are warmed on another thread in the order of their first 5m candle
/// while the replay already runs: symbols listed years after the first one are ready long before they are needed.
/// The replay claims a symbol it needs itself when the helper has not started it yet, or waits for the helper.
/// </summary>
internal sealed class SymbolWarmUp : IDisposable
{
    private const int Cold = 0, Warming = 1, Warm = 2, Failed = 3;
    private readonly IReadOnlyList<SymbolData> _data;
    private readonly SymbolAnalyzer?[] _analyzers;
    private readonly ExceptionDispatchInfo?[] _errors;
    private readonly int[] _state;
    private readonly bool[]? _full;
    private readonly object _gate = new();
    private Task? _helper;
    private volatile bool _stopping;

    /// <summary>
    /// Analysers for <paramref name="data"/> (in its order), none warmed yet; with <paramref name="full"/> (by slot)
    /// the symbols not marked get a <see cref="SymbolAnalyzer.ContextOnly"/> analyser.
    /// </summary>
    public SymbolWarmUp(IReadOnlyList<SymbolData> data, bool[]? full = null)
    {
        _data = data;
        _full = full;
        _analyzers = new SymbolAnalyzer?[data.Count];
        _errors = new ExceptionDispatchInfo?[data.Count];
        _state = new int[data.Count];
    }

    /// <summary>Starts warming every symbol on a pool thread, earliest first 5m candle first.</summary>
    public void StartHelper()
    {
        var order = Enumerable.Range(0, _data.Count).OrderBy(i => _data[i].Candles5m[0].OpenTimeMs).ThenBy(i => i).ToArray();
        _helper = Task.Run(() =>
        {
            foreach (var i in order)
            {
                if (_stopping) return;
                if (Interlocked.CompareExchange(ref _state[i], Warming, Cold) == Cold) WarmUp(i);
            }
        });
    }

    /// <summary>
    /// Symbol <paramref name="slot"/>'s analyser, warmed up: warms it on this thread when nobody has started it, waits
    /// when the helper is warming it. A warm-up failure is thrown here (an <see cref="InvalidOperationException"/> naming the symbol).
    /// </summary>
    public SymbolAnalyzer Get(int slot)
    {
        if (Volatile.Read(ref _state[slot]) == Warm) return _analyzers[slot]!;
        if (Interlocked.CompareExchange(ref _state[slot], Warming, Cold) == Cold) WarmUp(slot);
        lock (_gate)
        {
            while (Volatile.Read(ref _state[slot]) == Warming) Monitor.Wait(_gate);
        }
        if (_state[slot] == Failed) _errors[slot]!.Throw();
        return _analyzers[slot]!;
    }

    /// <summary>Stops the helper after the symbol it is warming and waits for it.</summary>
    public void Dispose()
    {
        _stopping = true;
        // The helper records its own failures per symbol; nothing else can escape it.
        _helper?.Wait();
    }

    private void WarmUp(int slot)
    {
        try
        {
            var d = _data[slot];
            var analyzer = _full is null || _full[slot] ? new SymbolAnalyzer() : SymbolAnalyzer.ContextOnly();
            foreach (var (tf, bar) in d.WarmUp)
            {
                var added = analyzer.AddHistory(tf, bar);
                if (!added.IsSuccess) throw new InvalidOperationException($"{d.Symbol}: {added.Error.Message}");
            }
            _analyzers[slot] = analyzer;
            Volatile.Write(ref _state[slot], Warm);
        }
        catch (Exception e)
        {
            _errors[slot] = ExceptionDispatchInfo.Capture(e);
            Volatile.Write(ref _state[slot], Failed);
        }
        lock (_gate) Monitor.PulseAll(_gate);
    }
}
