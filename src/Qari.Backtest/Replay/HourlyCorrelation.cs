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
    private readonly Dictionary<Symbol, List<(long HourMs, double Close)>> _closes = new();
    private readonly Dictionary<(Symbol, Symbol), (long AtHour, double? Value)> _cache = new();
    private long _latestHour;

    // Scratch reused by every computation (each pair is recomputed every replayed hour; one replay thread calls this).
    private readonly Dictionary<long, double> _ys = new(Window + 1);
    private readonly List<double> _rx = new(Window);
    private readonly List<double> _ry = new(Window);

    /// <summary>Records a 5m candle's close; closes ending on a full hour become that hour's close.</summary>
    public void Add(Symbol symbol, long closeTimeMs, double close)
    {
        if (closeTimeMs % 3_600_000L != 0 || !(close > 0)) return;
        if (!_closes.TryGetValue(symbol, out var list)) _closes[symbol] = list = [];
        list.Add((closeTimeMs, close));
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
        var from = _latestHour - (Window * 3_600_000L);
        var ys = _ys;
        ys.Clear();
        for (var i = 0; i < y.Count; i++) if (y[i].HourMs >= from) ys[y[i].HourMs] = y[i].Close;
        var rx = _rx;
        var ry = _ry;
        rx.Clear();
        ry.Clear();
        for (var i = 1; i < x.Count; i++)
        {
            var (h, c) = x[i];
            var (hp, cp) = x[i - 1];
            if (hp < from || h - hp != 3_600_000L) continue;
            if (!ys.TryGetValue(h, out var yc) || !ys.TryGetValue(hp, out var ycp)) continue;
            rx.Add(Math.Log(c / cp));
            ry.Add(Math.Log(yc / ycp));
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
}
