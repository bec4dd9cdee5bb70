using Qari.Exchanges.Http;
using Qari.Model.Results;

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

    /// <summary>
    /// Test hook: an extra client-side limit on top of Binance's (e.g. 1,000 weight per day of market time), so a test
    /// can make the demo wait on its limiter; null in normal use. Set from <see cref="TestRateLimitVariable"/>.
    /// </summary>
    public RateLimitRule? TestRateLimit { get; init; }

    /// <summary>The environment variable of <see cref="TestRateLimit"/>: request weight per day of market time (tests only).</summary>
    public const string TestRateLimitVariable = "QARI_TEST_DEMO_WEIGHT_PER_DAY";

    /// <summary>Reads <see cref="TestRateLimitVariable"/>: null when unset; an error when it is not a positive integer.</summary>
    public static Result<RateLimitRule?> TestRateLimitFrom(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var text = environment(TestRateLimitVariable);
        if (string.IsNullOrWhiteSpace(text)) return Result<RateLimitRule?>.Ok(null);
        if (!int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var weight) || weight < 1)
            return Error.Validation("demo.test-rate-limit", $"{TestRateLimitVariable}={text}: expected a positive whole number of request weight per day");
        return Result<RateLimitRule?>.Ok(new RateLimitRule("TEST_WEIGHT_1D", RateLimitScope.Ip, weight, TimeSpan.FromDays(1)));
    }

    /// <summary>A PostgreSQL (Npgsql connection string) for the journal instead of the SQLite file (see <c>JournalLocation</c>).</summary>
    public string? JournalPostgres { get; init; }

    /// <summary>The wall clock (pacing only; market time is the simulator's).</summary>
    public TimeProvider WallClock { get; init; } = TimeProvider.System;
}
