using System.Runtime.ExceptionServices;

namespace Qari.Backtest.Replay;

/// <summary>
/// Hands the analysis' steps (<see cref="AnalysisStage"/>) to the engine side in order. Pipelined, the analysis runs on its own
/// thread up to <see cref="Capacity"/> steps ahead of the reader (one producer, one consumer, a ring of reused
/// steps); otherwise each step is analysed on the reader's thread when asked for. Either way the reader gets the
/// same steps in the same order. A failure or cancellation of the analysis thread is thrown to the reader once it
/// has read every step analysed before it; disposing stops the analysis thread and waits for it.
/// </summary>
/// <remarks>
/// Waking a thread costs far more than analysing a step, so neither side is woken for every step: a waiting
/// reader is woken once the analysis is <see cref="Batch"/> steps ahead (or done), a waiting analysis once the
/// reader has freed <see cref="Batch"/> slots.
/// </remarks>
internal sealed class StepPipeline : IStepSource
{
    /// <summary>Steps the analysis may run ahead (a power of two).</summary>
    internal const int Capacity = 256;

    /// <summary>Steps a waiting side lets the other one get ahead before it is woken.</summary>
    internal const int Batch = 32;

    /// <summary>How long a reader with work to help with keeps looking for some before it sleeps.</summary>
    private static readonly long HelpPatience = System.Diagnostics.Stopwatch.Frequency / 5_000;

    private readonly Func<AnalysedStep, bool> _next;
    private readonly Func<bool>? _help;
    private readonly AnalysedStep[] _ring;
    private readonly CancellationToken _cancel;
    private readonly Thread? _producer;
    private readonly object _gate = new();
    private long _produced, _consumed;
    private long _consumerWants = long.MaxValue, _producerWants = long.MaxValue;
    private volatile bool _finished, _stopping;
    private ExceptionDispatchInfo? _fault;
    private bool _reading;

    /// <summary>
    /// Steps filled by <paramref name="next"/> (<see cref="AnalysisStage.Next"/>: false after the last) for
    /// <paramref name="symbols"/> symbols; <paramref name="pipelined"/> runs it on its own thread. A reader that has
    /// caught up calls <paramref name="help"/> (<see cref="SharedCycle.TryHelp"/>: true when it did a piece of the
    /// analysis' work, never throwing) while it waits, and sleeps only when there was nothing to help with for a while.
    /// </summary>
    public StepPipeline(Func<AnalysedStep, bool> next, int symbols, bool pipelined, CancellationToken cancel, Func<bool>? help = null)
    {
        _next = next;
        _help = help;
        _cancel = cancel;
        _ring = new AnalysedStep[pipelined ? Capacity : 1];
        for (var i = 0; i < _ring.Length; i++) _ring[i] = new AnalysedStep(symbols);
        if (!pipelined) return;
        _producer = new Thread(Produce) { IsBackground = true, Name = "backtest analysis" };
        _producer.Start();
    }

    /// <summary>
    /// The next step, or null after the last; call <see cref="Release"/> when done with it. Throws the analysis'
    /// failure (or <see cref="OperationCanceledException"/>) in place of the step that could not be analysed.
    /// </summary>
    public AnalysedStep? Next()
    {
        if (_reading) throw new InvalidOperationException("Release the current step before reading the next one.");
        _cancel.ThrowIfCancellationRequested();
        if (_producer is null)
        {
            if (!_next(_ring[0])) return null;
            _reading = true;
            return _ring[0];
        }
        var s = _consumed;
        if (Volatile.Read(ref _produced) <= s && !WaitForStep(s)) return null;
        _reading = true;
        return _ring[s & (Capacity - 1)];
    }

    /// <summary>Gives the step read last back to the analysis.</summary>
    public void Release()
    {
        _reading = false;
        if (_producer is null) return;
        var consumed = _consumed + 1;
        Interlocked.Exchange(ref _consumed, consumed);
        if (Volatile.Read(ref _producerWants) <= consumed) Wake();
    }

    /// <summary>Stops the analysis thread (when it is still running) and waits for it.</summary>
    public void Dispose()
    {
        if (_producer is null) return;
        _stopping = true;
        Wake();
        _producer.Join();
    }

    private bool WaitForStep(long s)
    {
        if (_help is not null && Help(s)) return true;
        lock (_gate)
        {
            // Published before the check (both sides use full fences), so either this sees the analysis' progress or
            // the analysis sees the wish and wakes this side.
            Interlocked.Exchange(ref _consumerWants, s + Batch);
            while (Volatile.Read(ref _produced) <= s + Batch - 1 && !_finished) Monitor.Wait(_gate);
            Interlocked.Exchange(ref _consumerWants, long.MaxValue);
        }
        if (Volatile.Read(ref _produced) > s) return true;
        _fault?.Throw();
        return false;
    }

    /// <summary>Helps the analysis until step <paramref name="s"/> is ready (true) or there was nothing to do for a while.</summary>
    private bool Help(long s)
    {
        var idleSince = System.Diagnostics.Stopwatch.GetTimestamp();
        var spin = new SpinWait();
        while (Volatile.Read(ref _produced) <= s && !_finished)
        {
            if (_help!())
            {
                idleSince = System.Diagnostics.Stopwatch.GetTimestamp();
                spin.Reset();
                continue;
            }
            if (System.Diagnostics.Stopwatch.GetTimestamp() - idleSince > HelpPatience) return false;
            spin.SpinOnce(sleep1Threshold: -1);
        }
        return Volatile.Read(ref _produced) > s;
    }

    private void Produce()
    {
        try
        {
            for (var s = 0L; !_stopping; s++)
            {
                _cancel.ThrowIfCancellationRequested();
                if (s - Volatile.Read(ref _consumed) >= Capacity && !WaitForSpace(s)) return;
                if (!_next(_ring[s & (Capacity - 1)])) return;
                Interlocked.Exchange(ref _produced, s + 1);
                if (Volatile.Read(ref _consumerWants) <= s + 1) Wake();
            }
        }
        catch (Exception e)
        {
            _fault = ExceptionDispatchInfo.Capture(e);
        }
        finally
        {
            _finished = true;
            Wake();
        }
    }

    private bool WaitForSpace(long s)
    {
        // Slot s is free once the reader released step s - Capacity; wait until it freed a batch beyond that.
        var wanted = s - Capacity + Batch;
        lock (_gate)
        {
            Interlocked.Exchange(ref _producerWants, wanted);
            while (Volatile.Read(ref _consumed) < wanted && !_stopping) Monitor.Wait(_gate);
            Interlocked.Exchange(ref _producerWants, long.MaxValue);
        }
        return !_stopping;
    }

    private void Wake()
    {
        lock (_gate) Monitor.PulseAll(_gate);
    }
}
