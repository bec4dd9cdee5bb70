using Qari.Analysis.Indicators;

namespace Qari.Analysis.Tests.Indicators;

public sealed class RollingCorrelationTests
{
    [Fact]
    public void Update_RealReturns_MatchesTwoPassPearsonOnEveryWindow()
    {
        // Two real log-return series (BTC 4h and ETH 1d, not time-aligned: only the numerics are under test).
        var btc = TestData.Bars("binance_BTCUSDT_4h");
        var eth = TestData.Bars("binance_ETHUSDT_1d");
        var n = Math.Min(btc.Length, eth.Length) - 1;
        var x = new double[n];
        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            x[i] = Math.Log(btc[i + 1].Close / btc[i].Close);
            y[i] = Math.Log(eth[i + 1].Close / eth[i].Close);
        }
        const int period = 30;
        var correlation = new RollingCorrelation(period);
        for (var i = 0; i < n; i++)
        {
            correlation.Update(x[i], y[i]);
            if (i < period - 1)
            {
                Assert.False(correlation.IsReady);
                continue;
            }
            var expected = TwoPass(x.AsSpan(i - period + 1, period), y.AsSpan(i - period + 1, period));
            Assert.True(Math.Abs(expected - correlation.Value) <= 1e-9, $"window ending {i}: expected {expected:R}, got {correlation.Value:R}");
        }
    }

    [Fact]
    public void Update_PerfectlyLinearSeries_IsOneOrMinusOne()
    {
        var up = new RollingCorrelation(5);
        var down = new RollingCorrelation(5);
        for (var i = 0; i < 10; i++)
        {
            up.Update(i, (3 * i) + 1);
            down.Update(i, -0.5 * i);
        }
        Assert.Equal(1.0, up.Value, 12);
        Assert.Equal(-1.0, down.Value, 12);
    }

    [Fact]
    public void Update_ConstantWindow_IsNaN()
    {
        var correlation = new RollingCorrelation(4);
        for (var i = 0; i < 8; i++) correlation.Update(0.002, i);
        Assert.True(correlation.IsReady);
        Assert.True(double.IsNaN(correlation.Value));
    }

    private static double TwoPass(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        double mx = 0, my = 0;
        for (var i = 0; i < x.Length; i++) { mx += x[i]; my += y[i]; }
        mx /= x.Length;
        my /= y.Length;
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.Sqrt(sxx * syy);
    }
}
