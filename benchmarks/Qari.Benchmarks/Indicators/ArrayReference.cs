using Qari.Analysis.Series;

namespace Qari.Benchmarks.Indicators;

/// <summary>
/// Straightforward non-incremental indicator code (the way a batch script computes them: whole arrays in, whole
/// arrays out, windows recomputed from scratch), used as the comparison baseline because TA-Lib's C library is not
/// installable here (no Debian package). NaN marks the warm-up, aligned like TA-Lib.
/// </summary>
internal static class ArrayReference
{
    public static double[] Ema(double[] x, int period)
    {
        var result = Filled(x.Length);
        if (x.Length < period) return result;
        var k = 2.0 / (period + 1);
        var ema = x.AsSpan(0, period).ToArray().Average();
        result[period - 1] = ema;
        for (var i = period; i < x.Length; i++) result[i] = ema = ema + ((x[i] - ema) * k);
        return result;
    }

    public static double[] Rsi(double[] x, int period)
    {
        var result = Filled(x.Length);
        if (x.Length <= period) return result;
        double gain = 0, loss = 0;
        for (var i = 1; i <= period; i++)
        {
            var d = x[i] - x[i - 1];
            if (d > 0) gain += d; else loss -= d;
        }
        gain /= period;
        loss /= period;
        result[period] = gain + loss == 0 ? 0 : 100 * gain / (gain + loss);
        for (var i = period + 1; i < x.Length; i++)
        {
            var d = x[i] - x[i - 1];
            gain = ((gain * (period - 1)) + Math.Max(d, 0)) / period;
            loss = ((loss * (period - 1)) + Math.Max(-d, 0)) / period;
            result[i] = gain + loss == 0 ? 0 : 100 * gain / (gain + loss);
        }
        return result;
    }

    public static double[] Atr(Bar[] bars, int period)
    {
        var tr = new double[bars.Length];
        for (var i = 1; i < bars.Length; i++)
        {
            var pc = bars[i - 1].Close;
            tr[i] = Math.Max(bars[i].High - bars[i].Low, Math.Max(Math.Abs(bars[i].High - pc), Math.Abs(bars[i].Low - pc)));
        }
        var result = Filled(bars.Length);
        if (bars.Length <= period) return result;
        var atr = tr.AsSpan(1, period).ToArray().Average();
        result[period] = atr;
        for (var i = period + 1; i < bars.Length; i++) result[i] = atr = ((atr * (period - 1)) + tr[i]) / period;
        return result;
    }

    public static (double[] Upper, double[] Middle, double[] Lower) Bollinger(double[] x, int period, double width)
    {
        var upper = Filled(x.Length);
        var middle = Filled(x.Length);
        var lower = Filled(x.Length);
        for (var i = period - 1; i < x.Length; i++)
        {
            var window = x.AsSpan(i - period + 1, period);
            double mean = 0;
            foreach (var v in window) mean += v;
            mean /= period;
            double variance = 0;
            foreach (var v in window) variance += (v - mean) * (v - mean);
            var sigma = Math.Sqrt(variance / period);
            middle[i] = mean;
            upper[i] = mean + (width * sigma);
            lower[i] = mean - (width * sigma);
        }
        return (upper, middle, lower);
    }

    public static (double[] K, double[] D) Stochastic(Bar[] bars, int fastK, int slowK, int slowD)
    {
        var raw = Filled(bars.Length);
        for (var i = fastK - 1; i < bars.Length; i++)
        {
            double hh = double.MinValue, ll = double.MaxValue;
            for (var j = i - fastK + 1; j <= i; j++)
            {
                hh = Math.Max(hh, bars[j].High);
                ll = Math.Min(ll, bars[j].Low);
            }
            raw[i] = hh == ll ? 0 : 100 * (bars[i].Close - ll) / (hh - ll);
        }
        var k = MovingAverage(raw, slowK);
        return (k, MovingAverage(k, slowD));
    }

    public static double[] Mfi(Bar[] bars, int period)
    {
        var result = Filled(bars.Length);
        for (var i = period; i < bars.Length; i++)
        {
            double positive = 0, negative = 0;
            for (var j = i - period + 1; j <= i; j++)
            {
                var tp = bars[j].TypicalPrice;
                var previous = bars[j - 1].TypicalPrice;
                if (tp > previous) positive += tp * bars[j].Volume;
                else if (tp < previous) negative += tp * bars[j].Volume;
            }
            result[i] = positive + negative < 1 ? 0 : 100 * positive / (positive + negative);
        }
        return result;
    }

    private static double[] MovingAverage(double[] x, int period)
    {
        var result = Filled(x.Length);
        for (var i = 0; i < x.Length; i++)
        {
            if (i < period - 1 || double.IsNaN(x[i - period + 1])) continue;
            double sum = 0;
            for (var j = i - period + 1; j <= i; j++) sum += x[j];
            result[i] = sum / period;
        }
        return result;
    }

    private static double[] Filled(int length)
    {
        var result = new double[length];
        Array.Fill(result, double.NaN);
        return result;
    }
}
