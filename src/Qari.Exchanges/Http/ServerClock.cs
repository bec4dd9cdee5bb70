using Qari.Model.Results;

namespace Qari.Exchanges.Http;

/// <summary>
/// The offset between an exchange's clock and ours, measured NTP-style (the server time is compared with the
/// midpoint of the request's round trip), so signed requests carry timestamps in the exchange's time.
/// </summary>
public sealed class ServerClock
{
    private readonly TimeProvider _time;
    private readonly object _gate = new();
    private TimeSpan _offset;
    private DateTimeOffset? _measuredAt;

    /// <summary>Creates a clock that has not been measured yet (offset zero).</summary>
    public ServerClock(TimeProvider time) => _time = time;

    /// <summary>Server time minus local time, as last measured.</summary>
    public TimeSpan Offset { get { lock (_gate) return _offset; } }

    /// <summary>When the offset was last measured (local time), or null.</summary>
    public DateTimeOffset? MeasuredAt { get { lock (_gate) return _measuredAt; } }

    /// <summary>The exchange's current time as best known: local time corrected by the offset.</summary>
    public DateTimeOffset Now => _time.GetUtcNow() + Offset;

    /// <summary>True when the offset is older than <paramref name="maxAge"/> or was never measured (or was invalidated).</summary>
    public bool IsStale(TimeSpan maxAge)
    {
        lock (_gate) return _measuredAt is not { } at || _time.GetUtcNow() - at > maxAge;
    }

    /// <summary>
    /// Asks the exchange for its time <paramref name="samples"/> times and records the offset of the sample with the
    /// shortest round trip (the one whose midpoint estimate is tightest); the error of the time call is passed on.
    /// </summary>
    public async Task<Result<TimeSpan>> MeasureAsync(Func<CancellationToken, Task<Result<DateTimeOffset>>> serverTime, CancellationToken cancellationToken, int samples = 1)
    {
        TimeSpan? best = null, bestRoundTrip = null;
        for (var i = 0; i < Math.Max(1, samples); i++)
        {
            var sent = _time.GetUtcNow();
            var answer = await serverTime(cancellationToken).ConfigureAwait(false);
            var received = _time.GetUtcNow();
            if (!answer.IsSuccess) return answer.Error;
            var roundTrip = received - sent;
            if (bestRoundTrip is null || roundTrip < bestRoundTrip)
            {
                bestRoundTrip = roundTrip;
                best = answer.Value - (sent + roundTrip / 2);
            }
        }
        lock (_gate)
        {
            _offset = best!.Value;
            _measuredAt = _time.GetUtcNow();
        }
        return best!.Value;
    }

    /// <summary>Forgets the measurement so the next signed request measures again (e.g. after a timestamp error).</summary>
    public void Invalidate()
    {
        lock (_gate) _measuredAt = null;
    }
}
