using System.Runtime.InteropServices;
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
    private readonly Dictionary<(int, int), (long AtHour, double? Value)> _cache = new();
    private long _latestHour;

    // Scratch reused by every computation (each pair is recomputed every replayed hour; one replay thread calls this).
    private readonly List<double> _rx = new(Window);
    private readonly List<double> _ry = new(Window);

    /// <summary>
    /// Records a 5m candle's close; closes ending on a full hour become that hour's close. A symbol's closes must
    /// arrive in time order (the replay's order).
    /// </summary>
    public void Add(Symbol symbol, long closeTimeMs, double close)
    {
        if (closeTimeMs % HourMs != 0 || !(close > 0)) return;
        if (!_series.TryGetValue(symbol, out var series)) _series[symbol] = series = new Series(_series.Count, symbol.ToString());
        var list = series.Closes;
        if (list.Count > 0 && list[^1].HourMs >= closeTimeMs)
            throw new InvalidOperationException($"{symbol}: hourly close at {closeTimeMs} is not after {list[^1].HourMs}");
        // The log return from the previous recorded close, computed once here rather than in every pair's window.
        var logReturn = list.Count > 0 ? Math.Log(close / list[^1].Value) : double.NaN;
        list.Add(new Close(closeTimeMs, close, logReturn));
        if (list.Count > 2 * Window) list.RemoveRange(0, list.Count - Window - 1);
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
        var key = (sa.Id, sb.Id);
        if (_cache.TryGetValue(key, out var cached) && cached.AtHour == _latestHour) return cached.Value;
        var value = Compute(sa.Closes, sb.Closes);
        _cache[key] = (_latestHour, value);
        return value;
    }

    private double? Compute(List<Close> xs, List<Close> ys)
    {
        var from = _latestHour - (Window * HourMs);
        var x = CollectionsMarshal.AsSpan(xs);
        var y = CollectionsMarshal.AsSpan(ys);
        var rx = _rx;
        var ry = _ry;
        rx.Clear();
        ry.Clear();
        // Hours where both symbols have a close and the close an hour before, both inside the window, in time order:
        // both lists are sorted by hour, so one walk through each finds them (y's previous hour is its previous entry).
        var j = 0;
        for (var i = 1; i < x.Length; i++)
        {
            var h = x[i].HourMs;
            var hp = x[i - 1].HourMs;
            if (hp < from || h - hp != HourMs) continue;
            while (j < y.Length && y[j].HourMs < h) j++;
            if (j == y.Length) break;
            if (y[j].HourMs != h || j == 0 || y[j - 1].HourMs != hp) continue;
            rx.Add(x[i].LogReturn);
            ry.Add(y[j].LogReturn);
        }
        if (rx.Count < MinimumPairs) return null;
        double mx = rx.Average(), my = ry.Average(), sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < rx.Count; i++)
        {
            var dx = rx[i] - mx;
            var dy = ry[i] - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        if (sxx <= 0 || syy <= 0) return null;
        return Math.Clamp(sxy / Math.Sqrt(sxx * syy), -1.0, 1.0);
    }

    private readonly record struct Close(long HourMs, double Value, double LogReturn);

    private sealed class Series(int id, string name)
    {
        public int Id { get; } = id;
        public string Name { get; } = name;
        public List<Close> Closes { get; } = [];
    }
}
