using Qari.Analysis.Indicators;
using Qari.Analysis.Series;
using Qari.Analysis.Structure;
using Qari.Model.Market;
using Qari.Model.Results;

namespace Qari.Analysis.Engine;

/// <summary>
/// The incremental analysis of one (exchange, symbol): closed 5m candles in; 15m, 1h, 4h and 1d built from them on
/// UTC boundaries; structure detectors and indicators updated as each candle closes; the layers read this state at
/// any closed candle. Higher timeframes can be warmed up from stored candles before the 5m stream starts
/// (<see cref="AddHistory"/>). Nothing here sees a candle before it has closed. Add is allocation-free.
/// Not thread-safe: one instance per symbol, fed by one thread.
/// </summary>
public sealed class SymbolAnalyzer
{
    private const int DropWindow5m = 12;
    private static readonly long M5Ms = Timeframe.M5.Milliseconds();

    /// <summary>Structure signals kept for readers that fall behind (a reader more than this many behind loses the oldest).</summary>
    public const int SignalHistory = 64;

    private readonly RingBuffer<StructureSignal> _signals = new(SignalHistory);
    private readonly TimeframeAggregator[] _aggregators;
    private readonly TimeframeState[] _states;
    private readonly RollingExtreme _high60m = new(DropWindow5m, maximum: true);
    private readonly bool _full;
    private long _priceCloseMs = long.MinValue;
    private Timeframe _priceTimeframe = Timeframe.D1;

    /// <summary>Creates the per-timeframe state with the given structure settings (defaults when null).</summary>
    public SymbolAnalyzer(StructureSettings? structure = null)
        : this(structure, full: true)
    {
    }

    private SymbolAnalyzer(StructureSettings? structure, bool full)
    {
        _full = full;
        M15 = new TimeframeState(Timeframe.M15, fullStructure: false, indicators: false, structure);
        H1 = new TimeframeState(Timeframe.H1, fullStructure: full, indicators: true, structure);
        H4 = new TimeframeState(Timeframe.H4, fullStructure: full, indicators: true, structure);
        D1 = new TimeframeState(Timeframe.D1, fullStructure: full, indicators: true, structure);
        // A context-only analyser does not build 15m candles from the 5m ones: nothing it keeps reads them, and their
        // closes never come after the 5m close, so the price and time it reports are the same without them.
        _states = full ? [M15, H1, H4, D1] : [H1, H4, D1];
        _aggregators = _states.Select(s => new TimeframeAggregator(Timeframe.M5, s.Timeframe)).ToArray();
        Liquidation = new ExtremeLiquidationDetector(new LiquidationSettings(CandleTimeframe: Timeframe.M5));
    }

    /// <summary>
    /// An analyser that keeps only what a cycle's context reads of a symbol (<see cref="Layers.MarketContext"/>,
    /// <see cref="AnalysisCycle.Context"/>: price, 60-minute drop, and on 1h/4h/1d the candles, closes, indicators and
    /// market structure), fed and warmed up like a full one, so those readings are the same once a 5m candle was added.
    /// Not kept: the 1h/4h/1d detectors other than market structure, 15m candles built from 5m ones, the 5m ELE
    /// detector, the session VWAP, the weekly highs and the structure signals. A replay that scores a symbol on one
    /// thread keeps such an analyser of it on the others (Qari.Backtest's analysis lanes). The layers refuse to read
    /// one (<see cref="IsContextOnly"/>).
    /// </summary>
    public static SymbolAnalyzer ContextOnly(StructureSettings? structure = null) => new(structure, full: false);

    /// <summary>True for an analyser made by <see cref="ContextOnly"/>.</summary>
    public bool IsContextOnly => !_full;

    /// <summary>15m: market structure (swings, trend, BOS/CHoCH) only.</summary>
    public TimeframeState M15 { get; }

    /// <summary>1h: every detector and indicator.</summary>
    public TimeframeState H1 { get; }

    /// <summary>4h: every detector and indicator.</summary>
    public TimeframeState H4 { get; }

    /// <summary>1d: every detector and indicator.</summary>
    public TimeframeState D1 { get; }

    /// <summary>Weekly swing highs from the closed 1d candles, recomputed on each 1d close.</summary>
    public WeeklySwingHighs WeeklyHighs { get; } = new();

    /// <summary>
    /// The target list each layer last offered for this symbol, by layer number: the layers run every cycle but the
    /// lists change only when a candle closes or price crosses a level, so an unchanged list is handed out again.
    /// </summary>
    internal IReadOnlyList<Layers.PriceTarget>?[] LastTargets { get; } = new IReadOnlyList<Layers.PriceTarget>?[12];

    /// <summary>Each layer's last verdict for this symbol and what it was computed from (<see cref="Layers.LayerMemo"/>), by layer number.</summary>
    internal Layers.LayerMemo?[] Memos { get; } = new Layers.LayerMemo?[12];

    /// <summary>The level set of this symbol's last trade plan (<see cref="Confluence.PlanMemo"/>).</summary>
    internal Confluence.PlanMemo Plans { get; } = new();

    /// <summary>Daily (00:00 UTC) session VWAP over the 5m candles.</summary>
    public SessionVwap SessionVwap { get; } = new(1.0);

    /// <summary>ELE detection on the 5m candles.</summary>
    public ExtremeLiquidationDetector Liquidation { get; }

    /// <summary>5m candles consumed.</summary>
    public long Count5m { get; private set; }

    /// <summary>The newest 5m candle (default before the first).</summary>
    public Bar Last5m { get; private set; }

    /// <summary>Close time (Unix ms) of the newest closed candle of any timeframe; the moment the state describes.</summary>
    public long TimeMs { get; private set; } = long.MinValue;

    /// <summary>The newest close: the 5m close once 5m candles flow, else the newest warm-up close.</summary>
    public double Price { get; private set; } = double.NaN;

    /// <summary>Fall from the highest 5m high of the last 60 minutes to the last 5m close (0 before any 5m candle).</summary>
    public double Drop60m => Count5m == 0 ? 0.0 : Math.Max(0.0, 1.0 - (Last5m.Close / _high60m.Value));

    /// <summary>Structure signals produced so far (the next signal's <see cref="StructureSignal.Sequence"/>).</summary>
    public long SignalCount { get; private set; }

    /// <summary>
    /// The structure signals with a sequence at or after <paramref name="sequence"/>, oldest first: a reader passes
    /// the <see cref="SignalCount"/> it saw last time and so gets every signal exactly once (within the last
    /// <see cref="SignalHistory"/>). Bullish 15m CHoCHs and higher lows on 15m and 1h.
    /// </summary>
    public IReadOnlyList<StructureSignal> SignalsSince(long sequence)
    {
        if (sequence >= SignalCount) return [];
        var list = new List<StructureSignal>((int)Math.Min(SignalCount - sequence, _signals.Count));
        foreach (var s in _signals) if (s.Sequence >= sequence) list.Add(s);
        return list;
    }

    /// <summary>The state of <paramref name="timeframe"/> (15m, 1h, 4h or 1d).</summary>
    public TimeframeState State(Timeframe timeframe) => timeframe switch
    {
        Timeframe.M15 => M15,
        Timeframe.H1 => H1,
        Timeframe.H4 => H4,
        Timeframe.D1 => D1,
        _ => throw new ArgumentOutOfRangeException(nameof(timeframe), timeframe, "Only 15m, 1h, 4h and 1d keep state."),
    };

    /// <summary>
    /// Warms up one higher timeframe from a stored closed candle; only before the first 5m candle, in time order.
    /// </summary>
    public Result<bool> AddHistory(Timeframe timeframe, in Bar bar)
    {
        if (Count5m > 0) return Error.Validation("analyzer.history", $"{timeframe.Name()} history at {bar.OpenTimeMs} arrived after the 5m stream started");
        if (timeframe is not (Timeframe.M15 or Timeframe.H1 or Timeframe.H4 or Timeframe.D1))
            return Error.Validation("analyzer.timeframe", $"{timeframe.Name()} is not kept (15m, 1h, 4h, 1d)");
        var state = State(timeframe);
        if (timeframe.FloorMs(bar.OpenTimeMs) != bar.OpenTimeMs || (state.Count > 0 && bar.OpenTimeMs <= state.Last.OpenTimeMs))
            return Error.Validation("analyzer.order", $"{timeframe.Name()} candle {bar.OpenTimeMs} is misaligned or not after {state.Last.OpenTimeMs}");
        if (!IsSane(bar)) return Error.Validation("analyzer.candle", $"{timeframe.Name()} candle {bar.OpenTimeMs} is not a sane OHLCV candle");
        Feed(state, bar);
        return true;
    }

    /// <summary>Consumes the next closed 5m candle; returns how many higher-timeframe candles closed, or why it was refused.</summary>
    public Result<int> Add(in Bar bar)
    {
        // The usual case, the candle right after the last one (which was aligned), passes the full check below.
        var next = Count5m > 0 && bar.OpenTimeMs > Last5m.OpenTimeMs && bar.OpenTimeMs - Last5m.OpenTimeMs == M5Ms;
        if (!next && (Timeframe.M5.FloorMs(bar.OpenTimeMs) != bar.OpenTimeMs || (Count5m > 0 && bar.OpenTimeMs <= Last5m.OpenTimeMs)))
            return Error.Validation("analyzer.order", $"5m candle {bar.OpenTimeMs} is misaligned or not after {Last5m.OpenTimeMs}");
        if (!IsSane(bar)) return Error.Validation("analyzer.candle", $"5m candle {bar.OpenTimeMs} is not a sane OHLCV candle");
        Count5m++;
        Last5m = bar;
        _high60m.Add(bar.High);
        if (_full)
        {
            SessionVwap.Update(bar);
            Liquidation.Update(bar);
        }
        var closed = 0;
        for (var i = 0; i < _aggregators.Length; i++)
        {
            var aggregator = _aggregators[i];
            if (aggregator.TryAddNext(bar, out var periodClosed))
            {
                if (periodClosed) closed += Keep(_states[i], aggregator.LastClosed);
                continue;
            }
            var step = aggregator.Add(bar);
            // The order check above is the aggregator's own, so a refusal here is a bug.
            if (!step.IsSuccess) throw new InvalidOperationException(step.Error.Message);
            closed += Keep(_states[i], step.Value.ClosedBeforeGap) + Keep(_states[i], step.Value.Closed);
        }
        Price = bar.Close;
        TimeMs = Math.Max(TimeMs, bar.OpenTimeMs + M5Ms);
        return closed;
    }

    // Finite, positive prices with low ≤ open/close ≤ high and non-negative volume; NaN fails every comparison.
    private static bool IsSane(in Bar b) =>
        b.Low > 0 && b.High >= b.Low && b.Open >= b.Low && b.Open <= b.High && b.Close >= b.Low && b.Close <= b.High
        && double.IsFinite(b.High) && b.Volume >= 0 && double.IsFinite(b.Volume);

    private int Keep(TimeframeState state, AggregatedBar? candle) => candle is { } c ? Keep(state, c.Bar) : 0;

    private int Keep(TimeframeState state, in Bar bar)
    {
        // A period already covered by warm-up history is not fed twice.
        if (state.Count > 0 && bar.OpenTimeMs <= state.Last.OpenTimeMs) return 0;
        Feed(state, bar);
        return 1;
    }

    private void Feed(TimeframeState state, in Bar bar)
    {
        state.Update(bar, HigherBias(state));
        // What only the layers read (signals, weekly highs) is not kept by a context-only analyser.
        if (_full && state.Timeframe is Timeframe.M15 or Timeframe.H1) Signals(state);
        else if (_full && state.Timeframe == Timeframe.D1) WeeklyHighs.Update(state.Structure.Bars);
        // During warm-up the price is the newest close, and at equal close times the finest timeframe's.
        var close = state.LastCloseTimeMs;
        if (Count5m == 0 && (close > _priceCloseMs || (close == _priceCloseMs && state.Timeframe <= _priceTimeframe)))
        {
            Price = bar.Close;
            _priceCloseMs = close;
            _priceTimeframe = state.Timeframe;
        }
        TimeMs = Math.Max(TimeMs, close);
    }

    // A CHoCH on 15m arms leg 2; a new swing low above the previous one (15m or 1h) trails the stop. Filler swings
    // (confirmed late, with the next pivot) and lows that are no longer the latest are not reported.
    private void Signals(TimeframeState state)
    {
        var structure = state.Structure;
        var at = state.LastCloseTimeMs;
        if (state.Timeframe == Timeframe.M15)
        {
            for (var k = 0; k < structure.NewBreakCount; k++)
            {
                var b = structure.NewBreak(k);
                if (b.Kind == BreakKind.Choch && b.Direction == Direction.Bullish) Signal(StructureSignalKind.BullishChoch, state.Timeframe, b.Level, at);
            }
        }
        var swings = structure.Swings;
        for (var k = 0; k < swings.NewSwingCount; k++)
        {
            var s = swings.NewSwing(k);
            if (s.Kind != SwingKind.Low || s.IsFiller || swings.LastLow != s) continue;
            if (swings.PreviousLow is { } p && s.Price > p.Price) Signal(StructureSignalKind.HigherLow, state.Timeframe, s.Price, at);
        }
    }

    private void Signal(StructureSignalKind kind, Timeframe timeframe, double price, long timeMs) =>
        _signals.Add(new StructureSignal(SignalCount++, kind, timeframe, price, timeMs));

    private Trend HigherBias(TimeframeState state) => state.Timeframe switch
    {
        Timeframe.M15 => H1.Structure.Trend,
        Timeframe.H1 => H4.Structure.Trend,
        Timeframe.H4 => D1.Structure.Trend,
        _ => Trend.Range,
    };
}
