using Qari.Model.Ids;
using Qari.Trading.Risk;

namespace Qari.Runtime.Scanning;

/// <summary>Hourly closes per symbol, and from them the 30-day correlation of hourly returns (risk check 12).</summary>
internal sealed class ReturnSeries
{
    private const int Hours = 30 * 24;
    private const int MinReturns = 48;
    private readonly Dictionary<Symbol, SortedDictionary<long, double>> _closes = [];

    public void Add(Symbol symbol, long hourOpenMs, double close)
    {
        if (!_closes.TryGetValue(symbol, out var series)) _closes[symbol] = series = [];
        series[hourOpenMs] = close;
        while (series.Count > Hours + 1) series.Remove(series.Keys.First());
    }

    public CorrelationMatrix Correlations(IReadOnlyList<Symbol> symbols)
    {
        var matrix = new CorrelationMatrix();
        for (var i = 0; i < symbols.Count; i++)
            for (var j = i + 1; j < symbols.Count; j++)
                if (Correlation(symbols[i], symbols[j]) is { } c) matrix.Set(symbols[i], symbols[j], Math.Clamp(c, -1.0, 1.0));
        return matrix;
    }

    private double? Correlation(Symbol a, Symbol b)
    {
        if (!_closes.TryGetValue(a, out var sa) || !_closes.TryGetValue(b, out var sb)) return null;
        var xs = new List<double>();
        var ys = new List<double>();
        double? pa = null, pb = null;
        foreach (var (t, ca) in sa)
        {
            if (!sb.TryGetValue(t, out var cb)) { pa = pb = null; continue; }
            if (pa is { } x0 && pb is { } y0 && x0 > 0 && y0 > 0)
            {
                xs.Add(Math.Log(ca / x0));
                ys.Add(Math.Log(cb / y0));
            }
            pa = ca;
            pb = cb;
        }
        if (xs.Count < MinReturns) return null;
        double mx = xs.Average(), my = ys.Average(), sxy = 0, sxx = 0, syy = 0;
        for (var k = 0; k < xs.Count; k++)
        {
            sxy += (xs[k] - mx) * (ys[k] - my);
            sxx += (xs[k] - mx) * (xs[k] - mx);
            syy += (ys[k] - my) * (ys[k] - my);
        }
        return sxx <= 0 || syy <= 0 ? null : sxy / Math.Sqrt(sxx * syy);
    }
}
