using System.Threading.RateLimiting;

namespace Qari.Exchanges.Http;

/// <summary>
/// A fixed-window rate limiter whose windows are those of a <see cref="TimeProvider"/>'s clock: window n covers
/// [n·window, (n+1)·window) of <see cref="TimeProvider.GetUtcNow"/>, aligned as exchanges align their minutes. Unlike
/// <see cref="FixedWindowRateLimiter"/> (which measures its windows with the machine's stopwatch whatever timer drives
/// it), it replenishes when the injected clock says the window is over: the system clock for a real exchange, the
/// simulator's clock for the demo (whose market time runs thousands of times faster), a fake clock in tests.
/// Waiters queue oldest first and are woken by a timer of the same provider at the window's end (and re-checked
/// whenever the limiter is used or <see cref="TryReplenish"/> is called).
/// </summary>
public sealed class ClockWindowLimiter : ReplenishingRateLimiter
{
    private static readonly RateLimitLease Granted = new Lease(true);
    private static readonly RateLimitLease Refused = new Lease(false);
    private readonly TimeProvider _time;
    private readonly int _permits;
    private readonly TimeSpan _window;
    private readonly int _queueLimit;
    private readonly Lock _gate = new();
    private readonly LinkedList<Waiter> _queue = new();
    private readonly ITimer _timer;
    private long _windowIndex;
    private int _used;
    private int _queuedPermits;
    private long _waits;
    private long _granted;
    private long _refused;
    private long _lastActivity;
    private bool _disposed;

    /// <summary>Creates a limiter of <paramref name="permits"/> per <paramref name="window"/> of <paramref name="time"/>, queueing up to <paramref name="queueLimit"/> permits.</summary>
    public ClockWindowLimiter(TimeProvider time, int permits, TimeSpan window, int queueLimit)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfLessThan(permits, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, TimeSpan.FromMilliseconds(1));
        ArgumentOutOfRangeException.ThrowIfNegative(queueLimit);
        _time = time;
        _permits = permits;
        _window = window;
        _queueLimit = queueLimit;
        _windowIndex = WindowOf(time.GetUtcNow());
        _lastActivity = time.GetTimestamp();
        _timer = time.CreateTimer(static s => ((ClockWindowLimiter)s!).OnTimer(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>How many acquisitions had to wait in the queue (the window was used up when they asked).</summary>
    public long Waits => Interlocked.Read(ref _waits);

    /// <inheritdoc />
    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_gate) return _queue.Count > 0 || _used > 0 ? null : _time.GetElapsedTime(_lastActivity);
        }
    }

    /// <inheritdoc />
    public override bool IsAutoReplenishing => true;

    /// <inheritdoc />
    public override TimeSpan ReplenishmentPeriod => _window;

    /// <summary>Starts a new window now if the clock has moved into one, and lets queued requests through that fit; true when a new window began.</summary>
    public override bool TryReplenish()
    {
        lock (_gate)
        {
            if (_disposed) return false;
            var rolled = Roll();
            Drain();
            return rolled;
        }
    }

    /// <inheritdoc />
    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_gate)
        {
            if (!_disposed) Roll();
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = _permits - _used,
                CurrentQueuedCount = _queuedPermits,
                TotalSuccessfulLeases = _granted,
                TotalFailedLeases = _refused,
            };
        }
    }

    /// <inheritdoc />
    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, _permits);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            Roll();
            Drain();
            if (permitCount == 0) return _queue.Count == 0 && _used < _permits ? Granted : Refused;
            return TryTake(permitCount) ? Granted : Count(Refused);
        }
    }

    /// <inheritdoc />
    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, _permits);
        if (cancellationToken.IsCancellationRequested) return ValueTask.FromCanceled<RateLimitLease>(cancellationToken);
        Waiter waiter;
        LinkedListNode<Waiter> node;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            Roll();
            Drain();
            if (permitCount == 0 && _queue.Count == 0 && _used < _permits) return ValueTask.FromResult(Granted);
            if (permitCount > 0 && TryTake(permitCount)) return ValueTask.FromResult(Granted);
            if (_queuedPermits + permitCount > _queueLimit) return ValueTask.FromResult(Count(Refused));
            waiter = new Waiter(permitCount);
            node = _queue.AddLast(waiter);
            _queuedPermits += permitCount;
            _waits++;
            ArmTimer();
        }
        // Registered outside the lock: a token cancelled meanwhile runs the callback at once, and it takes the lock.
        waiter.Registration = cancellationToken.Register(static s =>
        {
            var (limiter, n, token) = ((ClockWindowLimiter, LinkedListNode<Waiter>, CancellationToken))s!;
            limiter.CancelWaiter(n, token);
        }, (this, node, cancellationToken));
        // Granted between the lock and the registration: nothing left to cancel.
        if (waiter.Completion.Task.IsCompleted) waiter.Registration.Unregister();
        return new ValueTask<RateLimitLease>(waiter.Completion.Task);
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (!disposing) return;
        List<Waiter> abandoned;
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
            abandoned = [.. _queue];
            _queue.Clear();
            _queuedPermits = 0;
        }
        _timer.Dispose();
        foreach (var w in abandoned)
        {
            w.Registration.Unregister();
            w.Completion.TrySetResult(Refused);
        }
    }

    /// <inheritdoc />
    protected override ValueTask DisposeAsyncCore()
    {
        Dispose(true);
        return ValueTask.CompletedTask;
    }

    private long WindowOf(DateTimeOffset now) => now.UtcTicks / _window.Ticks;

    // A new window starts whenever the clock is in another one (also after a clock set backwards: never a deadlock).
    private bool Roll()
    {
        var index = WindowOf(_time.GetUtcNow());
        if (index == _windowIndex) return false;
        _windowIndex = index;
        _used = 0;
        return true;
    }

    private bool TryTake(int permitCount)
    {
        if (_queue.Count > 0 || _used + permitCount > _permits) return false;
        _used += permitCount;
        _granted++;
        _lastActivity = _time.GetTimestamp();
        return true;
    }

    private RateLimitLease Count(RateLimitLease lease)
    {
        _refused++;
        return lease;
    }

    // Oldest first: a large request at the head is not overtaken by smaller ones behind it.
    private void Drain()
    {
        while (_queue.First is { } head && _used + head.Value.Permits <= _permits)
        {
            _queue.RemoveFirst();
            _queuedPermits -= head.Value.Permits;
            _used += head.Value.Permits;
            _granted++;
            _lastActivity = _time.GetTimestamp();
            // Unregister, not Dispose: Dispose would wait for a cancellation callback that may be waiting for this lock.
            head.Value.Registration.Unregister();
            head.Value.Completion.TrySetResult(Granted);
        }
    }

    private void ArmTimer()
    {
        var due = TimeSpan.FromTicks((_windowIndex + 1) * _window.Ticks - _time.GetUtcNow().UtcTicks);
        _timer.Change(due > TimeSpan.FromMilliseconds(1) ? due : TimeSpan.FromMilliseconds(1), Timeout.InfiniteTimeSpan);
    }

    private void OnTimer()
    {
        lock (_gate)
        {
            if (_disposed) return;
            Roll();
            Drain();
            // A clock that has not reached the window's end yet (the demo's market clock stands still between steps):
            // look again after the time it says is left.
            if (_queue.Count > 0) ArmTimer();
        }
    }

    private void CancelWaiter(LinkedListNode<Waiter> node, CancellationToken token)
    {
        lock (_gate)
        {
            if (node.List is null) return;
            _queue.Remove(node);
            _queuedPermits -= node.Value.Permits;
            _refused++;
            node.Value.Completion.TrySetCanceled(token);
            Drain();
        }
    }

    private sealed class Waiter(int permits)
    {
        public int Permits { get; } = permits;

        public TaskCompletionSource<RateLimitLease> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public CancellationTokenRegistration Registration { get; set; }
    }

    private sealed class Lease(bool acquired) : RateLimitLease
    {
        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
