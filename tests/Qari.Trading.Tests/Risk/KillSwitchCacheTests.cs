using Qari.Trading.Risk;

namespace Qari.Trading.Tests.Risk;

public class KillSwitchCacheTests
{
    private static readonly DateTimeOffset Start = new(2025, 12, 26, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Status_RandomRecordsSwitchesTimesAndSettings_EqualsComputation(int seed)
    {
        var random = new Random(seed);
        var settings = new[]
        {
            TradingSettings.Default,
            TradingSettings.Default with { DailyKillR = -1m, WeeklyKillR = -2.0m },
            TradingSettings.Default with { DailyKillR = -1.00m, WeeklyKillR = -2m },
        };
        var k = new KillSwitch();
        var now = Start;
        var tripped = 0;
        for (var i = 0; i < 20_000; i++)
        {
            // Mostly forward in 5-minute steps (the engine's clock), sometimes a jump or a step back.
            now = random.Next(50) switch
            {
                0 => now.AddHours(random.Next(1, 80)),
                1 => now.AddMinutes(-5 * random.Next(1, 300)),
                _ => now.AddMinutes(5),
            };
            switch (random.Next(100))
            {
                case < 3: k.Record(now, Math.Round((decimal)(random.NextDouble() * 3 - 2), 2)); break;
                case 3: k.SetManual(random.Next(2) == 0 ? KillActor.User : KillActor.Operator, random.Next(3) == 0); break;
            }
            var s = settings[random.Next(20) == 0 ? random.Next(settings.Length) : 0];
            // Another offset for the same instant must give the same answer.
            var at = random.Next(4) == 0 ? now.ToOffset(TimeSpan.FromHours(random.Next(-11, 12))) : now;
            var status = k.Status(at, s);
            Assert.Equal(k.Compute(at, s), status);
            if (status.Tripped) tripped++;
        }
        Assert.InRange(tripped, 100, 19_900); // both answers were exercised
    }

    [Fact]
    public void Status_LimitWithOtherScale_ReasonFollowsTheNewSettings()
    {
        var k = new KillSwitch();
        var at = new DateTimeOffset(2026, 3, 4, 9, 0, 0, TimeSpan.Zero);
        k.Record(at, -6m);
        var first = k.Status(at, TradingSettings.Default with { WeeklyKillR = -5m });
        var second = k.Status(at, TradingSettings.Default with { WeeklyKillR = -5.0m });
        Assert.Contains("limit -5R", first.Reason);
        Assert.Contains("limit -5.0R", second.Reason);
    }

    [Fact]
    public void Status_RecordAfterACachedClearStatus_Trips()
    {
        var k = new KillSwitch();
        var at = new DateTimeOffset(2026, 3, 4, 9, 0, 0, TimeSpan.Zero);
        Assert.False(k.Status(at, TradingSettings.Default).Tripped);
        k.Record(at, -2m);
        Assert.True(k.Status(at.AddMinutes(5), TradingSettings.Default).Tripped);
        k.SetManual(KillActor.Operator, true);
        Assert.Equal("manual kill switch engaged by the operator", k.Status(at.AddMinutes(10), TradingSettings.Default).Reason);
    }
}
