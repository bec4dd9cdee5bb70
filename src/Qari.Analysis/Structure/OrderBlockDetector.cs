using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Qari.Analysis.Series;

namespace Qari.Analysis.Structure;

/// <summary>
/// Order blocks. On each BOS/CHoCH the block is the last candle opposing the break (a down candle for a bullish
/// break) at or before the origin of the breaking leg, searched back at most <c>Lookback</c> candles; its zone is
/// that candle's full high–low range. From the next candle on, a bullish block is <b>mitigated</b> when a low
/// trades into the zone, <b>negated</b> when a close falls below its bottom, and becomes a <b>breaker</b> when it
/// is negated and a bearish break of structure happens with the close still below it; a breaker whose top is
/// closed above again is dropped. Bearish blocks mirror this. Reads a <see cref="MarketStructure"/> that must
/// consume each candle first.
/// </summary>
public sealed class OrderBlockDetector
{
    // Not a state a block can have: NextState's answer for a failed breaker (no Nullable in the per-candle loop).
    private const OrderBlockState Dropped = (OrderBlockState)(-1);

    private readonly OrderBlockSettings _settings;
    private readonly MarketStructure _structure;
    private readonly List<OrderBlock> _blocks;
    private long _barCount;
    private double _realismPrice;
    private double _realismAverageRange;

    // True when the live (not negated) blocks' realism still has to be computed for the last candle. Written false
    // only after the values are written, so a reader that sees false reads fresh values (two readers racing both
    // compute the same bits).
    private volatile bool _realismStale;

    /// <summary>Creates the detector over <paramref name="structure"/>.</summary>
    public OrderBlockDetector(MarketStructure structure, OrderBlockSettings? settings = null)
    {
        _structure = structure ?? throw new ArgumentNullException(nameof(structure));
        _settings = settings ?? OrderBlockSettings.Default;
        _settings.Validate();
        _blocks = new List<OrderBlock>(_settings.Capacity + 1);
        Blocks = new FreshBlocks(this);
    }

    /// <summary>Live blocks in every state, oldest first.</summary>
    public IReadOnlyList<OrderBlock> Blocks { get; }

    /// <summary>
    /// Test hook: false refreshes every live block's realism inside <see cref="Update"/> (the reference); true (the
    /// default) leaves it to the first read after the candle, so candles nobody reads in between (warm-up history)
    /// skip it. Either way a read sees the realism of the last candle.
    /// </summary>
    internal bool LazyRealism { get; init; } = true;

    /// <summary>Number of blocks created by the latest candle (they are the last entries of <see cref="Blocks"/>).</summary>
    public int NewBlockCount { get; private set; }

    /// <summary>The i-th block created by the latest candle.</summary>
    public OrderBlock NewBlock(int i) =>
        (uint)i < (uint)NewBlockCount ? Fresh()[_blocks.Count - NewBlockCount + i] : throw new ArgumentOutOfRangeException(nameof(i));

    /// <summary>Consumes the latest candle; the structure must already have consumed it.</summary>
    public void Update(in Bar bar)
    {
        _barCount++;
        if (_structure.Bars.Count != _barCount)
            throw new InvalidOperationException("Update the MarketStructure with this candle before the OrderBlockDetector.");
        NewBlockCount = 0;
        var bullBreak = false;
        var bearBreak = false;
        for (var i = 0; i < _structure.NewBreakCount; i++)
        {
            if (_structure.NewBreak(i).Direction == Direction.Bullish) bullBreak = true;
            else bearBreak = true;
        }
        var avgRange = _structure.AverageRange;
        var half = _settings.RealismHalfDistance;
        // Blocks are updated in place (a removal only shifts the entries after i, which are done), and a block is
        // written only when its state or the bits of its realism change: most bars change neither for most blocks.
        var blocks = CollectionsMarshal.AsSpan(_blocks);
        for (var i = blocks.Length - 1; i >= 0; i--)
        {
            ref var b = ref blocks[i];
            var opposingBreak = b.Direction == Direction.Bullish ? bearBreak : bullBreak;
            // A negated block can only change on an opposing break, and its realism stays 0: skip the work.
            if (b.State == OrderBlockState.Negated && !opposingBreak) continue;
            var state = NextState(b, bar, opposingBreak);
            if (state == Dropped)
            {
                _blocks.RemoveAt(i);
                continue;
            }
            if (state != b.State) b = b with { State = state, StateTimeMs = bar.OpenTimeMs };
            // A live block's realism is computed from this candle on first read; a negated one is skipped by later
            // candles, so its realism (0) must be written now.
            if (LazyRealism && state != OrderBlockState.Negated) continue;
            var realism = RealismOf(b, bar.Close, avgRange, half);
            if (BitConverter.DoubleToInt64Bits(realism) != BitConverter.DoubleToInt64Bits(b.Realism)) b = b with { Realism = realism };
        }
        for (var i = 0; i < _structure.NewBreakCount; i++) Create(_structure.NewBreak(i));
        if (LazyRealism)
        {
            _realismPrice = bar.Close;
            _realismAverageRange = avgRange;
            _realismStale = true;
            return;
        }
        for (var i = _blocks.Count - NewBlockCount; i < _blocks.Count; i++)
            _blocks[i] = _blocks[i] with { Realism = Realism(_blocks[i], bar.Close, avgRange) };
    }

    /// <summary>Forgets everything (reset the structure too).</summary>
    public void Reset()
    {
        _blocks.Clear();
        _barCount = 0;
        NewBlockCount = 0;
        _realismStale = false;
    }

    /// <summary>Realism of a block for a given price: distance factor × state factor × size factor.</summary>
    public double Realism(in OrderBlock b, double price, double avgRange) => RealismOf(b, price, avgRange, _settings.RealismHalfDistance);

    // The per-candle loop's form of Realism (inlined there; the rare unknown state throws out of line).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double RealismOf(in OrderBlock b, double price, double avgRange, double halfDistance)
    {
        var stateFactor = b.State switch
        {
            OrderBlockState.Active => 1.0,
            OrderBlockState.Mitigated => 0.6,
            OrderBlockState.Negated => 0.0,
            OrderBlockState.Breaker => 0.5,
            _ => UnknownState(b.State),
        };
        if (avgRange <= 0) return 0;
        var distance = price > b.Top ? price - b.Top : price < b.Bottom ? b.Bottom - price : 0;
        var distanceFactor = 1 / (1 + distance / avgRange / halfDistance);
        var width = b.Top - b.Bottom;
        var sizeFactor = width <= 2 * avgRange ? 1 : 2 * avgRange / width;
        return Math.Clamp(distanceFactor * stateFactor * sizeFactor, 0, 1);
    }

    // The blocks with every live block's realism as of the last candle: what the eager form wrote in Update (each
    // live block was visited by the last candle, and a negated block's realism was written when it was last visited).
    private List<OrderBlock> Fresh()
    {
        if (!_realismStale) return _blocks;
        var half = _settings.RealismHalfDistance;
        var blocks = CollectionsMarshal.AsSpan(_blocks);
        for (var i = 0; i < blocks.Length; i++)
        {
            ref var b = ref blocks[i];
            if (b.State == OrderBlockState.Negated) continue;
            var realism = RealismOf(b, _realismPrice, _realismAverageRange, half);
            if (BitConverter.DoubleToInt64Bits(realism) != BitConverter.DoubleToInt64Bits(b.Realism)) b = b with { Realism = realism };
        }
        _realismStale = false;
        return _blocks;
    }

    private static double UnknownState(OrderBlockState state) =>
        throw new ArgumentOutOfRangeException("b", state, "Unknown order block state.");

    /// <summary>The block's state after <paramref name="bar"/>, or <see cref="Dropped"/> when a breaker failed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static OrderBlockState NextState(in OrderBlock b, in Bar bar, bool opposingBreak)
    {
        var bullish = b.Direction == Direction.Bullish;
        var closedThrough = bullish ? bar.Close < b.Bottom : bar.Close > b.Top;
        var state = b.State;
        switch (state)
        {
            case OrderBlockState.Active or OrderBlockState.Mitigated when closedThrough:
                state = OrderBlockState.Negated;
                break;
            case OrderBlockState.Active when bullish ? bar.Low <= b.Top : bar.High >= b.Bottom:
                state = OrderBlockState.Mitigated;
                break;
            case OrderBlockState.Breaker when bullish ? bar.Close > b.Top : bar.Close < b.Bottom:
                // A breaker closed back through its other side has failed in both roles.
                return Dropped;
        }
        if (state == OrderBlockState.Negated && closedThrough && opposingBreak) state = OrderBlockState.Breaker;
        return state;
    }

    private void Create(in StructureBreak br)
    {
        var bars = _structure.Bars;
        var bullish = br.Direction == Direction.Bullish;
        var stop = Math.Max(bars.OldestIndex, br.OriginIndex - _settings.Lookback);
        var obIndex = -1L;
        for (var i = br.OriginIndex; i >= stop; i--)
        {
            if (bullish ? bars.At(i).IsBearish : bars.At(i).IsBullish)
            {
                obIndex = i;
                break;
            }
        }
        if (obIndex < 0) return;
        for (var i = 0; i < _blocks.Count; i++)
            if (_blocks[i].Index == obIndex && _blocks[i].Direction == br.Direction) return;
        var ob = bars[obIndex];
        if (_blocks.Count == _settings.Capacity) _blocks.RemoveAt(0);
        _blocks.Add(new OrderBlock(br.Direction, ob.High, ob.Low, ob.OpenTimeMs, obIndex, br.TimeMs, br.Kind,
            OrderBlockState.Active, br.TimeMs, Quality(br, ob, obIndex), 0));
        NewBlockCount++;
    }

    private double Quality(in StructureBreak br, in Bar ob, long obIndex)
    {
        var bars = _structure.Bars;
        var avgRange = _structure.AverageRange;
        var avgVolume = _structure.AverageVolume;
        var bullish = br.Direction == Direction.Bullish;
        var displacement = avgRange > 0 ? Math.Abs(br.Close - br.OriginPrice) / avgRange : 0;
        var points = 30 * Math.Min(1, displacement / _settings.FullDisplacement);
        points += br.Kind == BreakKind.Bos ? 20 : 15;
        var gap = false;
        var maxVolume = 0.0;
        for (var i = obIndex + 1; i <= br.Index; i++)
        {
            maxVolume = Math.Max(maxVolume, bars.At(i).Volume);
            if (i + 1 <= br.Index)
            {
                ref readonly var before = ref bars.At(i - 1);
                ref readonly var after = ref bars.At(i + 1);
                gap |= bullish ? before.High < after.Low : before.Low > after.High;
            }
        }
        if (gap) points += 20;
        if (avgVolume > 0) points += 15 * Math.Min(1, maxVolume / avgVolume / 2);
        points += ob.Range > 0 ? 15 * Math.Min(1, 1.5 * avgRange / ob.Range) : 15;
        return Math.Clamp(points, 0, 100);
    }

    /// <summary>The read-only view of the blocks that brings their realism up to date before handing them out.</summary>
    private sealed class FreshBlocks(OrderBlockDetector owner) : IReadOnlyList<OrderBlock>
    {
        public int Count => owner._blocks.Count;

        public OrderBlock this[int index] => owner.Fresh()[index];

        public IEnumerator<OrderBlock> GetEnumerator() => owner.Fresh().GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
