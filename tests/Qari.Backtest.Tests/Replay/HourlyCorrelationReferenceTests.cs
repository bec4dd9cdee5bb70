using Qari.Backtest.Replay;
using Qari.Model.Ids;

namespace Qari.Backtest.Tests.Replay;

/// <summary>
/// <see cref="HourlyCorrelation"/> walks both sorted hourly lists with precomputed log returns; these tests hold it to
/// the plain definition it replaced (a dictionary of the other symbol's closes, log returns computed per pair), to
/// the last bit: the risk gate compares the value with a limit, so a rounding difference could change a decision.
/// </summary>
public class HourlyCorrelationReferenceTests
{
    private static readonly Symbol[] Symbols = [new("ETH", "USDT"), new("BTC", "USDT"), new("ETHBTC", "USDT"), new("SOL", "USDC")];

    [Theory]
    [InlineData(1, 400)]
    [InlineData(2, 900)]
    [InlineData(3, 1600)]
    [InlineData(4, 2000)]
    [InlineData(5, 3500)]
    public void Correlation_RandomSeriesWithGaps_SameBitsAsTheDefinition(int seed, int hours)
    {
        var rng = new Random(seed);
        var fast = new HourlyCorrelation();
        var reference = new Reference();
        var prices = Symbols.Select(_ => 100.0 + (rng.NextDouble() * 50)).ToArray();
        for (var h = 1; h <= hours; h++)
        {
            var closeMs = h * 3_600_000L;
            for (var s = 0; s < Symbols.Length; s++)
            {
                // Each symbol misses some hours (and one misses long stretches), so the common hours differ by pair.
                if (rng.NextDouble() < (s == 3 ? 0.3 : 0.05)) continue;
                prices[s] *= 1 + ((rng.NextDouble() - 0.5) * 0.02) + (s > 0 ? (prices[0] % 1) * 0.001 : 0);
                fast.Add(Symbols[s], closeMs, prices[s]);
                reference.Add(Symbols[s], closeMs, prices[s]);
                fast.Add(Symbols[s], closeMs - 300_000L, prices[s]); // not on the hour: ignored
            }
            if (rng.NextDouble() < 0.2)
                foreach (var a in Symbols)
                    foreach (var b in Symbols)
                        Assert.Equal(reference.Correlation(a, b), fast.Correlation(a, b));
        }
    }

    [Fact]
    public void Add_CloseNotAfterTheLastOne_Throws()
    {
        var c = new HourlyCorrelation();
        c.Add(Symbols[0], 2 * 3_600_000L, 100);
        Assert.Throws<InvalidOperationException>(() => c.Add(Symbols[0], 3_600_000L, 100));
    }

    /// <summary>The definition as first written (per pair: a dictionary of the second symbol's closes in the window).</summary>
    private sealed class Reference
    {
        private readonly Dictionary<Symbol, List<(long HourMs, double Close)>> _closes = new();
        private long _latestHour;

        public void Add(Symbol symbol, long closeTimeMs, double close)
        {
            if (closeTimeMs % 3_600_000L != 0 || !(close > 0)) return;
            if (!_closes.TryGetValue(symbol, out var list)) _closes[symbol] = list = [];
            list.Add((closeTimeMs, close));
            if (list.Count > 2 * 720) list.RemoveRange(0, list.Count - 720 - 1);
            _latestHour = Math.Max(_latestHour, closeTimeMs);
        }

        public double? Correlation(Symbol a, Symbol b)
        {
            if (a == b) return 1.0;
            var (p, q) = string.CompareOrdinal(a.ToString(), b.ToString()) < 0 ? (a, b) : (b, a);
            if (!_closes.TryGetValue(p, out var x) || !_closes.TryGetValue(q, out var y)) return null;
            var from = _latestHour - (720 * 3_600_000L);
            var ys = new Dictionary<long, double>();
            foreach (var (h, c) in y) if (h >= from) ys[h] = c;
            var rx = new List<double>();
            var ry = new List<double>();
            for (var i = 1; i < x.Count; i++)
            {
                var (h, c) = x[i];
                var (hp, cp) = x[i - 1];
                if (hp < from || h - hp != 3_600_000L) continue;
                if (!ys.TryGetValue(h, out var yc) || !ys.TryGetValue(hp, out var ycp)) continue;
                rx.Add(Math.Log(c / cp));
                ry.Add(Math.Log(yc / ycp));
            }
            if (rx.Count < 168) return null;
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
}
