using System.Globalization;
using System.Net;

namespace Qari.Exchanges.Http;

/// <summary>An HTTP answer as received: status, body text, headers (names lower-cased) and the round-trip time.</summary>
public sealed record HttpReply(int StatusCode, string Body, IReadOnlyDictionary<string, string> Headers, TimeSpan Elapsed)
{
    /// <summary>True for 2xx.</summary>
    public bool IsSuccess => StatusCode is >= 200 and < 300;

    /// <summary>A header value, or null.</summary>
    public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var v) ? v : null;

    /// <summary>The Retry-After header as a delay (seconds form, or an HTTP date relative to <paramref name="now"/>), or null.</summary>
    public TimeSpan? RetryAfter(DateTimeOffset now)
    {
        var value = Header("retry-after");
        if (value is null) return null;
        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
            return TimeSpan.FromSeconds(seconds);
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
            return at > now ? at - now : TimeSpan.Zero;
        return null;
    }

    /// <summary>True for 429 (too many requests) and 418 (Binance's IP ban after ignoring 429s).</summary>
    public bool IsRateLimited => StatusCode is (int)HttpStatusCode.TooManyRequests or 418;
}
