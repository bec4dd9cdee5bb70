using Qari.Model.Results;

namespace Qari.Exchanges.Http;

/// <summary>
/// The limiters of one scope (one egress IP, or one key) of one exchange: fixed windows of the injected
/// <see cref="TimeProvider"/>'s clock (<see cref="ClockWindowLimiter"/>; the wall clock against a real exchange, the
/// simulator's clock in the demo, whose limits run on market time), plus a
/// back-off switch: after a 429/418 every further request through this gate is refused locally until the
/// exchange's retry time, so the node never hammers an exchange that asked it to wait.
/// </summary>
public sealed class RateGate : IDisposable
{
    private readonly TimeProvider _time;
    private readonly List<(RateLimitRule Rule, ClockWindowLimiter Limiter)> _limiters = [];
    private readonly object _gate = new();
    private DateTimeOffset _blockedUntil = DateTimeOffset.MinValue;

    /// <summary>Creates a gate for <paramref name="rules"/> (all of one scope).</summary>
    public RateGate(string name, IEnumerable<RateLimitRule> rules, TimeProvider time)
    {
        Name = name;
        _time = time;
        foreach (var rule in rules) _limiters.Add((rule, new ClockWindowLimiter(time, rule.Permits, rule.Window, queueLimit: rule.Permits)));
    }

    /// <summary>A readable name (exchange and scope), used in error messages.</summary>
    public string Name { get; }

    /// <summary>Until when requests are refused after a 429/418 (local time), or null when not backing off.</summary>
    public DateTimeOffset? BlockedUntil
    {
        get
        {
            lock (_gate) return _blockedUntil > _time.GetUtcNow() ? _blockedUntil : null;
        }
    }

    /// <summary>Stops requests through this gate until <paramref name="until"/> (never shortens an existing back-off).</summary>
    public void BackOff(DateTimeOffset until)
    {
        lock (_gate)
        {
            if (until > _blockedUntil) _blockedUntil = until;
        }
    }

    /// <summary>Takes the endpoint's weight from every limiter, waiting in line when a window is used up; fails fast while backing off.</summary>
    public async ValueTask<Result<bool>> AcquireAsync(Endpoint endpoint, CancellationToken cancellationToken)
    {
        if (BlockedUntil is { } until)
            return new Error(ErrorKind.RateLimited, "backoff", $"{Name}: backing off after a rate-limit answer until {until:O}; request to {endpoint} not sent.", Transient: true);
        foreach (var (rule, limiter) in _limiters)
        {
            var weight = Math.Min(rule.WeightOf(endpoint), rule.Permits);
            if (weight <= 0) continue;
            using var lease = await limiter.AcquireAsync(weight, cancellationToken).ConfigureAwait(false);
            if (!lease.IsAcquired)
                return new Error(ErrorKind.RateLimited, "local-limit", $"{Name}: local limit {rule.Name} ({rule.Permits}/{rule.Window}) exhausted; request to {endpoint} not sent.", Transient: true);
        }
        return true;
    }

    /// <summary>How many requests had to wait for a window to replenish (all rules of this gate).</summary>
    public long Waits => _limiters.Sum(l => l.Limiter.Waits);

    /// <summary>Permits left in the current window of each rule (for diagnostics and tests).</summary>
    public IReadOnlyDictionary<string, long> Available() =>
        _limiters.ToDictionary(l => l.Rule.Name, l => l.Limiter.GetStatistics()?.CurrentAvailablePermits ?? 0);

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var (_, limiter) in _limiters) limiter.Dispose();
    }
}
