using System.Globalization;

namespace Qari.Trading.Risk;

/// <summary>
/// The kill switch of SPEC §6: realised R summed per UTC day and per ISO week halts new entries for the rest of that
/// window when it reaches the limits; plus the manual switches of the user and of the operator. Pure state: time
/// arrives with each call.
/// </summary>
public sealed class KillSwitch
{
    private readonly Dictionary<DateOnly, decimal> _daily = new();
    private readonly Dictionary<(int Year, int Week), decimal> _weekly = new();

    // The last status and what it was computed from. The engine asks after every event (every 5m price tick of every
    // symbol in a backtest), while the inputs change only with a booked exit, a manual switch, a new UTC day or new
    // settings. Within one UTC day the ISO week, the day's and week's R, both "until" instants and the reason texts
    // are all the same, so an unchanged version, day and settings instance give the same status.
    private long _version;
    private long _cachedVersion = -1;
    private long _cachedDay;
    private TradingSettings? _cachedSettings;
    private KillSwitchStatus _cached;

    /// <summary>True while the user's manual switch is engaged.</summary>
    public bool UserEngaged { get; private set; }

    /// <summary>True while the operator's manual switch is engaged.</summary>
    public bool OperatorEngaged { get; private set; }

    /// <summary>Realised R of the UTC day containing <paramref name="at"/>.</summary>
    public decimal DayR(DateTimeOffset at) => _daily.GetValueOrDefault(DateOnly.FromDateTime(at.UtcDateTime));

    /// <summary>Realised R of the ISO week containing <paramref name="at"/>.</summary>
    public decimal WeekR(DateTimeOffset at) => _weekly.GetValueOrDefault(WeekKey(at));

    /// <summary>Adds realised R booked at <paramref name="at"/> to its day and week.</summary>
    public void Record(DateTimeOffset at, decimal r)
    {
        _version++;
        var day = DateOnly.FromDateTime(at.UtcDateTime);
        _daily[day] = _daily.GetValueOrDefault(day) + r;
        var week = WeekKey(at);
        _weekly[week] = _weekly.GetValueOrDefault(week) + r;
        Prune(day);
    }

    /// <summary>Engages or releases one actor's manual switch.</summary>
    public void SetManual(KillActor actor, bool engaged)
    {
        _version++;
        if (actor == KillActor.User) UserEngaged = engaged;
        else OperatorEngaged = engaged;
    }

    /// <summary>The status at <paramref name="now"/> given the limits in <paramref name="settings"/>.</summary>
    public KillSwitchStatus Status(DateTimeOffset now, TradingSettings settings)
    {
        // TradingSettings is immutable (a change arrives as a new instance), so the same instance means the same limits.
        var day = now.UtcTicks / TimeSpan.TicksPerDay;
        if (_cachedVersion == _version && _cachedDay == day && ReferenceEquals(_cachedSettings, settings)) return _cached;
        _cached = Compute(now, settings);
        _cachedVersion = _version;
        _cachedDay = day;
        _cachedSettings = settings;
        return _cached;
    }

    /// <summary>The status computed from scratch (the reference for the cached <see cref="Status"/>).</summary>
    internal KillSwitchStatus Compute(DateTimeOffset now, TradingSettings settings)
    {
        if (OperatorEngaged) return new(true, "manual kill switch engaged by the operator", null);
        if (UserEngaged) return new(true, "manual kill switch engaged by the user", null);
        var week = WeekR(now);
        if (week <= settings.WeeklyKillR)
            return new(true, $"realised {week.ToString("0.##", CultureInfo.InvariantCulture)}R this ISO week (limit {settings.WeeklyKillR.ToString(CultureInfo.InvariantCulture)}R)", NextIsoWeek(now));
        var day = DayR(now);
        if (day <= settings.DailyKillR)
            return new(true, $"realised {day.ToString("0.##", CultureInfo.InvariantCulture)}R today (UTC; limit {settings.DailyKillR.ToString(CultureInfo.InvariantCulture)}R)", NextUtcDay(now));
        return KillSwitchStatus.Clear;
    }

    /// <summary>Midnight UTC after <paramref name="now"/>.</summary>
    public static DateTimeOffset NextUtcDay(DateTimeOffset now)
    {
        var utc = now.UtcDateTime.Date;
        return new DateTimeOffset(utc.AddDays(1), TimeSpan.Zero);
    }

    /// <summary>Monday 00:00 UTC after <paramref name="now"/> (start of the next ISO week).</summary>
    public static DateTimeOffset NextIsoWeek(DateTimeOffset now)
    {
        var day = now.UtcDateTime.Date;
        var daysSinceMonday = ((int)day.DayOfWeek + 6) % 7;
        return new DateTimeOffset(day.AddDays(7 - daysSinceMonday), TimeSpan.Zero);
    }

    private static (int, int) WeekKey(DateTimeOffset at)
    {
        var utc = at.UtcDateTime;
        return (ISOWeek.GetYear(utc), ISOWeek.GetWeekOfYear(utc));
    }

    // Only the current windows matter; old days are dropped so a long-running engine does not grow.
    private void Prune(DateOnly today)
    {
        if (_daily.Count <= 16) return;
        foreach (var d in _daily.Keys.Where(d => d < today.AddDays(-8)).ToList()) _daily.Remove(d);
        if (_weekly.Count > 4)
        {
            var keep = _weekly.Keys.OrderByDescending(k => k).Take(2).ToHashSet();
            foreach (var w in _weekly.Keys.Where(k => !keep.Contains(k)).ToList()) _weekly.Remove(w);
        }
    }
}
