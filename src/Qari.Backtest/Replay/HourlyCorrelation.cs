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
    private readonly Dictionary<Symbol, List<Close>> _closes = new();
    private readonly Dictionary<(Symbol, Symbol), (long AtHour, double? Value)> _cache = new();
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
        if (!_closes.TryGetValue(symbol, out var list)) _closes[symbol] = list = [];
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
        var key = string.CompareOrdinal(a.ToString(), b.ToString()) < 0 ? (a, b) : (b, a);
        if (_cache.TryGetValue(key, out var cached) && cached.AtHour == _latestHour) return cached.Value;
        var value = Compute(key.Item1, key.Item2);
        _cache[key] = (_latestHour, value);
        return value;
    }

    private double? Compute(Symbol a, Symbol b)
    {
        if (!_closes.TryGetValue(a, out var x) || !_closes.TryGetValue(b, out var y)) return null;
        var from = _latestHour - (Window * HourMs);
        var rx = _rx;
        var ry = _ry;
        rx.Clear();
        ry.Clear();
        // Hours where both symbols have a close and the close an hour before, both inside the window, in time order:
        // both lists are sorted by hour, so one walk through each finds them (y's previous hour is its previous entry).
        var j = 0;
        for (var i = 1; i < x.Count; i++)
        {
            var h = x[i].HourMs;
            var hp = x[i - 1].HourMs;
            if (hp < from || h - hp != HourMs) continue;
            while (j < y.Count && y[j].HourMs < h) j++;
            if (j == y.Count) break;
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
}
