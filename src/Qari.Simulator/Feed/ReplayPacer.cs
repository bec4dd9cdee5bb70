namespace Qari.Simulator.Feed;

/// <summary>
/// The accelerated replay: every <see cref="Interval"/> of wall time the simulator clock jumps one 5-minute candle
/// forward and that candle is played, so a client polling the clock sees candles close quickly. It can be paused
/// (tests freeze the market to compare records) and stops at the end of the data.
/// </summary>
public sealed class ReplayPacer(SimClock clock, ReplayFeed feed, TimeSpan interval, TimeProvider wall, long endMs)
{
    private static readonly TimeSpan Candle = TimeSpan.FromMinutes(5);
    private volatile bool _paused;

    /// <summary>Wall time per 5-minute candle.</summary>
    public TimeSpan Interval => interval;

    /// <summary>True while the replay is held (the clock stands still).</summary>
    public bool Paused
    {
        get => _paused;
        set => _paused = value;
    }

    /// <summary>Candles stepped so far.</summary>
    public long Steps { get; private set; }

    /// <summary>True once the clock reached the end of the candle data.</summary>
    public bool Ended => clock.GetUtcNow().ToUnixTimeMilliseconds() + (long)Candle.TotalMilliseconds > endMs;

    /// <summary>Steps the clock until cancelled or the data ends.</summary>
    public async Task RunAsync(CancellationToken ct)
    {
        try
        {
            while (!ct.IsCancellationRequested)
            {
                await Task.Delay(interval, wall, ct).ConfigureAwait(false);
                if (_paused || Ended) continue;
                clock.Advance(Candle);
                feed.PlayUntil(clock.GetUtcNow().ToUnixTimeMilliseconds());
                Steps++;
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Stopping with the host.
        }
    }
}
