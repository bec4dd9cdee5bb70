using Qari.Trading.Risk;

namespace Qari.Trading.Tests.Risk;

public class KillSwitchTests
{
    private static readonly TradingSettings Settings = TradingSettings.Default;
    // Wednesday 4 March 2026.
    private static readonly DateTimeOffset Wed = new(2026, 3, 4, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Status_MinusTwoRInOneUtcDay_TripsUntilNextMidnight()
    {
        var k = new KillSwitch();
        k.Record(Wed, -1.2m);
        Assert.False(k.Status(Wed, Settings).Tripped);
        k.Record(Wed.AddHours(2), -0.8m);

        var status = k.Status(Wed.AddHours(3), Settings);

        Assert.True(status.Tripped);
        Assert.Equal(new DateTimeOffset(2026, 3, 5, 0, 0, 0, TimeSpan.Zero), status.Until);
        Assert.False(k.Status(new DateTimeOffset(2026, 3, 5, 0, 0, 0, TimeSpan.Zero), Settings).Tripped);
    }

    [Fact]
    public void Status_LossesSpreadOverDays_MinusFiveRInIsoWeekTripsUntilMonday()
    {
        var k = new KillSwitch();
        k.Record(Wed.AddDays(-2), -1.9m); // Monday
        k.Record(Wed.AddDays(-1), -1.9m); // Tuesday
        k.Record(Wed, -1.2m);             // Wednesday: week −5.0, day −1.2

        var status = k.Status(Wed.AddHours(1), Settings);

        Assert.True(status.Tripped);
        Assert.Equal(new DateTimeOffset(2026, 3, 9, 0, 0, 0, TimeSpan.Zero), status.Until);
        Assert.True(k.Status(Wed.AddDays(4), Settings).Tripped);   // Sunday still halted
        Assert.False(k.Status(Wed.AddDays(5), Settings).Tripped);  // Monday 09:00 clear
    }

    [Fact]
    public void Status_DayAcrossIsoYearBoundary_WeekKeyedByIsoYear()
    {
        // 29 Dec 2025 (Monday) belongs to ISO week 1 of 2026, as does 1 Jan 2026.
        var k = new KillSwitch();
        k.Record(new DateTimeOffset(2025, 12, 29, 12, 0, 0, TimeSpan.Zero), -3m);
        k.Record(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero), -2.5m);
        Assert.Equal(-5.5m, k.WeekR(new DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Status_ProfitsOffsetLosses_NotTripped()
    {
        var k = new KillSwitch();
        k.Record(Wed, -1.5m);
        k.Record(Wed, 2m);
        k.Record(Wed, -1.5m);
        Assert.False(k.Status(Wed, Settings).Tripped);
    }

    [Fact]
    public void SetManual_UserAndOperator_EachReleasedOnlyByItself()
    {
        var k = new KillSwitch();
        k.SetManual(KillActor.User, true);
        k.SetManual(KillActor.Operator, true);
        k.SetManual(KillActor.User, false);
        Assert.True(k.Status(Wed, Settings).Tripped);
        Assert.Null(k.Status(Wed, Settings).Until);
        k.SetManual(KillActor.Operator, false);
        Assert.False(k.Status(Wed, Settings).Tripped);
    }
}
