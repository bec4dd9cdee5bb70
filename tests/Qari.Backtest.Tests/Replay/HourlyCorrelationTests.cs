using Qari.Backtest.Replay;
using Qari.Model.Ids;

namespace Qari.Backtest.Tests.Replay;

public class HourlyCorrelationTests
{
    private static readonly Symbol A = new("AAA", "USDT");
    private static readonly Symbol B = new("BBB", "USDT");

    [Fact]
    public void Correlation_FewerThanAWeekOfHours_Unknown()
    {
        var c = Feed(100, (a, i) => a);
        Assert.Null(c.Correlation(A, B));
        Assert.Equal(1.0, c.Correlation(A, A));
    }

    [Fact]
    public void Correlation_MirroredAndIdenticalReturns_MinusOneAndOne()
    {
        var same = Feed(300, (a, i) => a);
        Assert.Equal(1.0, same.Correlation(A, B)!.Value, 9);
        var mirrored = Feed(300, (a, i) => 1.0 / a);
        Assert.Equal(-1.0, mirrored.Correlation(B, A)!.Value, 9);
    }

    private static HourlyCorrelation Feed(int hours, Func<double, int, double> b)
    {
        var c = new HourlyCorrelation();
        for (var i = 0; i < hours; i++)
        {
            var a = 100.0 * (1 + (0.01 * Math.Sin(i * 0.7)));
            var t = (i + 1) * 3_600_000L;
            c.Add(A, t, a);
            c.Add(B, t, b(a, i));
            c.Add(A, t + 300_000L, 1.0); // not on the hour: ignored
        }
        return c;
    }
}
