using Qari.Model.Ids;
using Qari.Trading.Risk;

namespace Qari.Backtest.Replay;

/// <summary>
/// The 30-day correlation source of a replay (risk check 12): Pearson correlation of hourly log returns over the
/// last 720 hours both symbols have, built only from candles already replayed. Unknown (null) with fewer than
/// 168 common hours, so the first week of a backtest refuses entries correlated with an open position.
/// </summary>
public sealed class HourlyCorrelation : ICorrelationSource
{
    private const int Window = 720;
    private const int MinimumPairs = 168;
    private const long HourMs = 3_600_000L;
    private readonly Dictionary<Symbol, Series> _series = new();

    // Per pair (by the series' ids, in the order the computation walks them): the hour of the last computation and its
    // value. The risk gate asks about the same pair many times an hour (every cycle, every candidate); the value only
    // changes when a new hourly close arrives.
    private readonly List<Cached[]> _cache = [];
    private long _latestHour;

    // Scratch reused by every computation (one replay thread calls this).
    private readonly double[] _rx = new double[Window + 1];
    private readonly double[] _ry = new double[Window + 1];

    /// <summary>
    /// Records a 5m candle's close; closes ending on a full hour become that hour's close. A symbol's closes must
    /// arrive in time order (the replay's order).
    /// </summary>
    public void Add(Symbol symbol, long closeTimeMs, double close)
    {
        if (closeTimeMs % HourMs != 0 || !(close > 0)) return;
        if (!_series.TryGetValue(symbol, out var series))
        {
            _series[symbol] = series = new Series(_series.Count, symbol.ToString());
            _cache.Add([]);
        }
        series.Add(symbol, closeTimeMs, close);
        _latestHour = Math.Max(_latestHour, closeTimeMs);
    }

    /// <inheritdoc />
    public double? Correlation(Symbol a, Symbol b)
    {
        if (a == b) return 1.0;
        // A symbol without a close has no correlation yet (one close gives no return either).
        if (!_series.TryGetValue(a, out var sa) || !_series.TryGetValue(b, out var sb)) return null;
        // The pair in the ordinal order of the symbols' "BASE/QUOTE" texts: the order the computation walks them in.
        if (string.CompareOrdinal(sa.Name, sb.Name) > 0) (sa, sb) = (sb, sa);
        var row = _cache[sa.Id];
        if (row.Length <= sb.Id) _cache[sa.Id] = row = Grow(row, _series.Count);
        ref var cached = ref row[sb.Id];
        if (cached.Known && cached.AtHour == _latestHour) return cached.Value;
        var value = Compute(sa, sb);
        cached = new Cached(true, _latestHour, value);
        return value;
    }

    private static Cached[] Grow(Cached[] row, int length)
    {
        var grown = new Cached[length];
        row.CopyTo(grown, 0);
        return grown;
    }

    /// <summary>
    /// The same value, bit for bit, as the first definition (kept in <c>HourlyCorrelationReferenceTests</c>): the same
    /// returns in the same order, each mean the plain left-to-right sum divided by the count (what <c>Average</c>
    /// does), the same second pass. What changed is only how the returns are found: both series are sorted by hour, so
    /// the walk starts at the window (binary search) instead of at the oldest kept close, and the sums of the first
    /// pass are taken while collecting.
    /// </summary>
    private double? Compute(Series sx, Series sy)
    {
        var from = _latestHour - (Window * HourMs);
        var xh = sx.Hours;
        var xr = sx.Returns;
        var nx = sx.Count;
        var yh = sy.Hours;
        var yr = sy.Returns;
        var ny = sy.Count;
        var rx = _rx;
        var ry = _ry;
        var n = 0;
        double sumX = 0, sumY = 0;
        // Hours where both symbols have a close and the close an hour before, both inside the window, in time order.
        // x's first candidate is the one whose previous close is the first inside the window (every earlier one has its
        // previous close before it); y's pointer only ever moves forward past closes older than the current hour, so it
        // can start at the window too (a close before the window can never be the previous hour, which is inside it).
        var i = Math.Max(1, LowerBound(xh, nx, from) + 1);
        var j = LowerBound(yh, ny, from);
        for (; i < nx; i++)
        {
            var h = xh[i];
            var hp = xh[i - 1];
            if (h - hp != HourMs) continue;
            while (j < ny && yh[j] < h) j++;
            if (j == ny) break;
            if (yh[j] != h || j == 0 || yh[j - 1] != hp) continue;
            var a = xr[i];
            var b = yr[j];
            rx[n] = a;
            ry[n] = b;
            sumX += a;
            sumY += b;
            n++;
        }
        if (n < MinimumPairs) return null;
        double mx = sumX / n, my = sumY / n, sxy = 0, sxx = 0, syy = 0;
        for (var k = 0; k < n; k++)
        {
            var dx = rx[k] - mx;
            var dy = ry[k] - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        if (sxx <= 0 || syy <= 0) return null;
        return Math.Clamp(sxy / Math.Sqrt(sxx * syy), -1.0, 1.0);
    }

    /// <summary>The first index in <paramref name="hours"/>[0..count) whose hour is at least <paramref name="from"/>.</summary>
    private static int LowerBound(long[] hours, int count, long from)
    {
        int lo = 0, hi = count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (hours[mid] < from) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private readonly record struct Cached(bool Known, long AtHour, double? Value);

    /// <summary>One symbol's hourly closes in time order, as parallel arrays (hour, close, log return from the previous).</summary>
    private sealed class Series(int id, string name)
    {
        public int Id { get; } = id;
        public string Name { get; } = name;
        private readonly double[] _closes = new double[2 * Window + 1];

        public long[] Hours { get; } = new long[2 * Window + 1];
        public double[] Returns { get; } = new double[2 * Window + 1];
        public int Count { get; private set; }

        public void Add(Symbol symbol, long hourMs, double close)
        {
            if (Count > 0 && Hours[Count - 1] >= hourMs)
                throw new InvalidOperationException($"{symbol}: hourly close at {hourMs} is not after {Hours[Count - 1]}");
            // The log return from the previous recorded close, computed once here rather than in every pair's window.
            var logReturn = Count > 0 ? Math.Log(close / _closes[Count - 1]) : double.NaN;
            Hours[Count] = hourMs;
            _closes[Count] = close;
            Returns[Count] = logReturn;
            Count++;
            // Past two windows, keep the last window and the close before it (as the list it replaced did).
            if (Count > 2 * Window)
            {
                var drop = Count - Window - 1;
                Array.Copy(Hours, drop, Hours, 0, Window + 1);
                Array.Copy(_closes, drop, _closes, 0, Window + 1);
                Array.Copy(Returns, drop, Returns, 0, Window + 1);
                Count = Window + 1;
            }
        }
    }
}
