using Qari.Model.Market;
using Qari.Model.Results;

namespace Qari.Analysis.Series;

/// <summary>
/// Builds closed higher-timeframe candles (e.g. 1h) from closed lower-timeframe ones (e.g. 5m), incrementally.
/// Periods align to the Unix epoch in UTC (1d opens at 00:00 UTC, 4h at 00/04/08…). A candle is emitted only when
/// its period is over: when its last input arrives, when a later period's input arrives (the rest was missing), or
/// when the caller's clock passes the period end (<see cref="AdvanceTo"/>) — never while it can still change.
/// Missing inputs are reported as gaps. Add is O(1) and allocation-free.
/// </summary>
public sealed class TimeframeAggregator
{
    private readonly long _inputMs;
    private readonly long _outputMs;
    private long _lastInputMs = long.MinValue;
    private long _closedThroughMs = long.MinValue;
    private bool _hasPending;
    private long _pendingPeriodMs;
    private double _open, _high, _low, _close, _volume;
    private int _received;

    /// <summary>Creates an aggregator from <paramref name="input"/> to the longer <paramref name="output"/> timeframe.</summary>
    public TimeframeAggregator(Timeframe input, Timeframe output)
    {
        _inputMs = input.Milliseconds();
        _outputMs = output.Milliseconds();
        if (_outputMs <= _inputMs || _outputMs % _inputMs != 0)
            throw new ArgumentException($"Cannot build {output.Name()} from {input.Name()}: the output must be a longer whole multiple of the input.", nameof(output));
        Input = input;
        Output = output;
        ExpectedInputs = (int)(_outputMs / _inputMs);
    }

    /// <summary>The timeframe consumed.</summary>
    public Timeframe Input { get; }

    /// <summary>The timeframe produced.</summary>
    public Timeframe Output { get; }

    /// <summary>Test hook: false always takes the checked path (the reference the shortcut is tested against).</summary>
    internal bool FastPath { get; init; } = true;

    /// <summary>Input candles per output candle (e.g. 12 for 5m → 1h).</summary>
    public int ExpectedInputs { get; }

    /// <summary>Adds one closed input candle; fails (without changing state) when it is misaligned, out of order, or belongs to a period already closed.</summary>
    public Result<AggregationStep> Add(in Bar bar)
    {
        // The usual case: the next input of the pending period. It is aligned (the previous input was), in order, and
        // in a period still open, so the checks below would pass and find no gap; they cost several divisions.
        if (FastPath && _hasPending && bar.OpenTimeMs == _lastInputMs + _inputMs && bar.OpenTimeMs < _pendingPeriodMs + _outputMs)
        {
            _lastInputMs = bar.OpenTimeMs;
            Accumulate(bar);
            return new AggregationStep(null, bar.OpenTimeMs + _inputMs == _pendingPeriodMs + _outputMs ? TakePending() : null, null);
        }
        if (Input.FloorMs(bar.OpenTimeMs) != bar.OpenTimeMs)
            return Error.Validation("aggregate.misaligned", $"{Input.Name()}→{Output.Name()}: input open time {bar.OpenTimeMs} is not aligned to {Input.Name()}");
        if (bar.OpenTimeMs <= _lastInputMs)
            return Error.Validation("aggregate.order", $"{Input.Name()}→{Output.Name()}: input open time {bar.OpenTimeMs} is not after the previous input {_lastInputMs}");
        var period = Output.FloorMs(bar.OpenTimeMs);
        if (period < _closedThroughMs)
            return Error.Validation("aggregate.late", $"{Input.Name()}→{Output.Name()}: input {bar.OpenTimeMs} arrived after its {Output.Name()} candle {period} was closed");

        InputGap? gap = null;
        if (_lastInputMs != long.MinValue && bar.OpenTimeMs != _lastInputMs + _inputMs)
        {
            var first = _lastInputMs + _inputMs;
            var last = bar.OpenTimeMs - _inputMs;
            gap = new InputGap(first, last, (last - first) / _inputMs + 1);
        }
        _lastInputMs = bar.OpenTimeMs;

        AggregatedBar? beforeGap = null;
        if (_hasPending && _pendingPeriodMs != period) beforeGap = TakePending();

        if (!_hasPending)
        {
            _hasPending = true;
            _pendingPeriodMs = period;
            _open = bar.Open;
            _high = bar.High;
            _low = bar.Low;
            _volume = 0.0;
            _received = 0;
        }
        Accumulate(bar);

        AggregatedBar? closed = null;
        if (bar.OpenTimeMs + _inputMs == period + _outputMs) closed = TakePending();
        return new AggregationStep(beforeGap, closed, gap);
    }

    /// <summary>
    /// The shortcut of <see cref="Add"/> for the usual input, without building a step: when <paramref name="bar"/> is
    /// the next input of the pending period it is accumulated exactly as <see cref="Add"/> would and true is returned,
    /// with <paramref name="closed"/> telling whether it completed the period (then <see cref="LastClosed"/> is that
    /// candle). Otherwise nothing changes and false is returned: call <see cref="Add"/>.
    /// </summary>
    internal bool TryAddNext(in Bar bar, out bool closed)
    {
        if (!FastPath || !_hasPending || bar.OpenTimeMs != _lastInputMs + _inputMs || bar.OpenTimeMs >= _pendingPeriodMs + _outputMs)
        {
            closed = false;
            return false;
        }
        _lastInputMs = bar.OpenTimeMs;
        Accumulate(bar);
        closed = bar.OpenTimeMs + _inputMs == _pendingPeriodMs + _outputMs;
        if (closed)
        {
            _hasPending = false;
            _closedThroughMs = _pendingPeriodMs + _outputMs;
        }
        return true;
    }

    /// <summary>The candle <see cref="TryAddNext"/> just closed (valid until the next input).</summary>
    internal Bar LastClosed => new(_pendingPeriodMs, _open, _high, _low, _close, _volume);

    /// <summary>
    /// Tells the aggregator that the clock reached <paramref name="nowMs"/>: a pending candle whose period has ended
    /// is closed and returned (its last inputs never came). Later inputs for that period are then rejected as late.
    /// </summary>
    public AggregatedBar? AdvanceTo(long nowMs)
    {
        if (!_hasPending || nowMs < _pendingPeriodMs + _outputMs) return null;
        return TakePending();
    }

    /// <summary>Forgets all state, as if newly created.</summary>
    public void Reset()
    {
        _lastInputMs = long.MinValue;
        _closedThroughMs = long.MinValue;
        _hasPending = false;
        _received = 0;
    }

    private void Accumulate(in Bar bar)
    {
        if (bar.High > _high) _high = bar.High;
        if (bar.Low < _low) _low = bar.Low;
        _close = bar.Close;
        _volume += bar.Volume;
        _received++;
    }

    private AggregatedBar TakePending()
    {
        _hasPending = false;
        _closedThroughMs = _pendingPeriodMs + _outputMs;
        return new AggregatedBar(LastClosed, ExpectedInputs, _received);
    }
}
