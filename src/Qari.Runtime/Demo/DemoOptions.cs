namespace Qari.Runtime.Demo;

/// <summary>How the self-hosted demo runs: where the candles and the journal are, how fast, for how long.</summary>
public sealed record DemoOptions
{
    /// <summary>Directory of candle files to replay (the repository's demo/data by default).</summary>
    public required string CandleDirectory { get; init; }

    /// <summary>Where the journal database lives (.qari by default).</summary>
    public string DataDirectory { get; init; } = ".qari";

    /// <summary>Wall time per replayed 5-minute candle (zero: as fast as the cycles run).</summary>
    public TimeSpan Speed { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Days of history before the replay starts (analysers warm up on it).</summary>
    public int WarmUpDays { get; init; } = 30;

    /// <summary>Stop after this many cycles (null: until the data ends or Ctrl+C).</summary>
    public int? MaxCycles { get; init; }

    /// <summary>Reconcile with the exchange every this many cycles (12 five-minute cycles: hourly).</summary>
    public int ReconcileEvery { get; init; } = 12;

    /// <summary>
    /// The confluence threshold the demo's scanner uses (the analysis default is 60; with only the demo's few weeks
    /// of history most layers abstain, so the demo lowers it to show trades quickly; null keeps the default).
    /// </summary>
    public double? MinScore { get; init; } = 10;

    /// <summary>A notifier besides the log (e.g. Telegram); null: notifications are log lines only.</summary>
    public Qari.Runtime.Notifications.INotifier? Notifier { get; init; }

    /// <summary>A PostgreSQL (Npgsql connection string) for the journal instead of the SQLite file (see <c>JournalLocation</c>).</summary>
    public string? JournalPostgres { get; init; }

    /// <summary>The wall clock (pacing only; market time is the simulator's).</summary>
    public TimeProvider WallClock { get; init; } = TimeProvider.System;
}
