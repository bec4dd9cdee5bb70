using Qari.Model.Results;

namespace Qari.Exchanges.External;

/// <summary>
/// The refresh/cache/staleness logic both HTTP feeds share: one fetch at a time, a good answer reused for
/// <see cref="ExternalFeedOptions.CacheFor"/>, and a failed fetch keeps the last good value (so staleness, not a
/// single failure, decides when the layers abstain).
/// </summary>
internal sealed class CachedFeed<T> where T : struct
{
    private readonly ExternalFeedOptions _options;
    private readonly TimeProvider _time;
    private readonly Func<CancellationToken, Task<Result<T>>> _fetch;
    private readonly Func<T, long> _timeMs;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lock _sync = new();
    private T? _last;
    private long _fetchedAtMs = long.MinValue;

    public CachedFeed(ExternalFeedOptions options, TimeProvider time, Func<CancellationToken, Task<Result<T>>> fetch, Func<T, long> timeMs)
    {
        _options = options;
        _time = time;
        _fetch = fetch;
        _timeMs = timeMs;
    }

    /// <summary>The last good value, or null before the first success.</summary>
    public T? Last
    {
        get { lock (_sync) return _last; }
    }

    /// <summary>True when there is no good value or its own timestamp is older than the stale limit at <paramref name="atMs"/>.</summary>
    public bool IsStaleAt(long atMs)
    {
        var last = Last;
        return last is null || atMs - _timeMs(last.Value) > (long)_options.StaleAfter.TotalMilliseconds;
    }

    /// <summary>The cached value while it is fresh, else a new fetch; a failed fetch returns its error and keeps the old value.</summary>
    public async Task<Result<T>> RefreshAsync(CancellationToken ct)
    {
        if (!_options.Enabled)
            return Error.Validation("feed-disabled", $"the feed at {_options.BaseUrl.Host} is disabled (ExternalFeedOptions.Enabled = false)");
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
            lock (_sync)
            {
                if (_last is { } cached && now - _fetchedAtMs < (long)_options.CacheFor.TotalMilliseconds) return cached;
            }
            var fetched = await _fetch(ct).ConfigureAwait(false);
            if (!fetched.IsSuccess) return fetched;
            lock (_sync)
            {
                _last = fetched.Value;
                _fetchedAtMs = now;
            }
            return fetched;
        }
        finally
        {
            _gate.Release();
        }
    }
}
