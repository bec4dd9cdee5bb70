using Qari.Analysis.Layers;
using Qari.Model.Results;

namespace Qari.Exchanges.External;

/// <summary>
/// alternative.me Fear &amp; Greed over HTTP (<c>GET fng/?limit=1&amp;format=json</c>). Off by default; the host calls
/// <see cref="RefreshAsync"/> on its schedule and hands this object to the analysis cycle, whose L5 reads it through
/// <see cref="ReadingAt"/> without doing I/O.
/// </summary>
public sealed class FearGreedHttpSource : IFearGreedSource
{
    private const string Where = "alternative.me fng";
    private readonly CachedFeed<FearGreedReading> _feed;

    /// <summary>A source using <paramref name="http"/> (owned by the caller), the given options and clock.</summary>
    public FearGreedHttpSource(HttpClient http, ExternalFeedOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        Options = options;
        Time = time;
        var url = new Uri(options.BaseUrl, "fng/?limit=1&format=json");
        _feed = new CachedFeed<FearGreedReading>(options, time,
            async ct =>
            {
                var body = await ExternalHttpGet.BodyAsync(http, url, options, time, Where, ct).ConfigureAwait(false);
                return body.IsSuccess ? FearGreedParser.Parse(body.Value) : body.Error;
            },
            r => r.TimeMs);
    }

    /// <summary>The options this source was built with.</summary>
    public ExternalFeedOptions Options { get; }

    private TimeProvider Time { get; }

    /// <summary>The last good reading, whether or not it is stale; null before the first success.</summary>
    public FearGreedReading? Last => _feed.Last;

    /// <summary>True when there is no good reading or it is older than <see cref="ExternalFeedOptions.StaleAfter"/> now.</summary>
    public bool IsStale => _feed.IsStaleAt(Time.GetUtcNow().ToUnixTimeMilliseconds());

    /// <summary>Fetches unless the cached reading is still within the cache period; failures keep the last good reading.</summary>
    public Task<Result<FearGreedReading>> RefreshAsync(CancellationToken ct = default) => _feed.RefreshAsync(ct);

    /// <inheritdoc />
    /// <remarks>Null when disabled, never fetched, stale at <paramref name="atMs"/>, or published after it.</remarks>
    public FearGreedReading? ReadingAt(long atMs)
    {
        if (!Options.Enabled || _feed.Last is not { } last || last.TimeMs > atMs || _feed.IsStaleAt(atMs)) return null;
        return last;
    }
}
