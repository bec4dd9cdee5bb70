using Qari.Analysis.Layers;
using Qari.Model.Results;

namespace Qari.Exchanges.External;

/// <summary>
/// CoinGecko BTC dominance over HTTP (<c>GET global</c> → <c>data.market_cap_percentage.btc</c>). Off by default.
/// CoinGecko's free endpoint gives only the current share, so this source remembers its own samples: it has a
/// reading (with the 24 h change L11 needs) only once it holds a sample 24–36 h older than the latest.
/// </summary>
public sealed class BtcDominanceHttpSource : IBtcDominanceSource
{
    private const string Where = "coingecko global";
    private readonly CachedFeed<DominanceSample> _feed;
    private readonly TimeProvider _time;
    private readonly Lock _sync = new();
    private readonly List<DominanceSample> _history = [];

    /// <summary>A source using <paramref name="http"/> (owned by the caller), the given options and clock.</summary>
    public BtcDominanceHttpSource(HttpClient http, ExternalFeedOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        Options = options;
        _time = time;
        var url = new Uri(options.BaseUrl, "global");
        _feed = new CachedFeed<DominanceSample>(options, time,
            async ct =>
            {
                var body = await ExternalHttpGet.BodyAsync(http, url, options, time, Where, ct).ConfigureAwait(false);
                var sample = body.IsSuccess ? BtcDominanceParser.Parse(body.Value) : body.Error;
                if (sample.IsSuccess) Remember(sample.Value);
                return sample;
            },
            s => s.TimeMs);
    }

    /// <summary>The options this source was built with.</summary>
    public ExternalFeedOptions Options { get; }

    /// <summary>The last good sample, whether or not it is stale; null before the first success.</summary>
    public DominanceSample? Last => _feed.Last;

    /// <summary>True when there is no good sample or it is older than <see cref="ExternalFeedOptions.StaleAfter"/> now.</summary>
    public bool IsStale => _feed.IsStaleAt(_time.GetUtcNow().ToUnixTimeMilliseconds());

    /// <summary>Fetches unless the cached sample is still within the cache period; failures keep the last good sample.</summary>
    public Task<Result<DominanceSample>> RefreshAsync(CancellationToken ct = default) => _feed.RefreshAsync(ct);

    /// <inheritdoc />
    /// <remarks>Null when disabled, stale at <paramref name="atMs"/>, or without a sample 24–36 h before the latest one at or before it.</remarks>
    public BtcDominanceReading? ReadingAt(long atMs)
    {
        if (!Options.Enabled || _feed.IsStaleAt(atMs)) return null;
        lock (_sync)
        {
            var latest = _history.FindLastIndex(s => s.TimeMs <= atMs);
            if (latest < 0 || atMs - _history[latest].TimeMs > (long)Options.StaleAfter.TotalMilliseconds) return null;
            return DominanceWindow.Reading(_history, latest);
        }
    }

    private void Remember(DominanceSample sample)
    {
        lock (_sync)
        {
            if (_history.Count > 0 && sample.TimeMs <= _history[^1].TimeMs) return;
            _history.Add(sample);
            var keepFrom = sample.TimeMs - DominanceWindow.MaxLookbackMs - (long)Options.StaleAfter.TotalMilliseconds;
            _history.RemoveAll(s => s.TimeMs < keepFrom);
        }
    }
}
