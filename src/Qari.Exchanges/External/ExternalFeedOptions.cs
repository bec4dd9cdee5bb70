namespace Qari.Exchanges.External;

/// <summary>
/// Settings of one external HTTP data feed (Fear &amp; Greed, BTC dominance). Off unless <see cref="Enabled"/> is set:
/// Qari makes no call to a third party the user did not ask for.
/// </summary>
/// <param name="BaseUrl">The API root, e.g. <c>https://api.alternative.me/</c>; tests point it at a loopback server.</param>
/// <param name="Enabled">False by default; a disabled feed never sends a request and reads as "no reading".</param>
/// <param name="Timeout">How long one request may take before it counts as a network failure.</param>
/// <param name="CacheFor">How long a successful answer is reused before the next refresh asks again.</param>
/// <param name="StaleAfter">How old the last good value may be (by its own timestamp) before the layers must abstain.</param>
public sealed record ExternalFeedOptions(Uri BaseUrl, bool Enabled, TimeSpan Timeout, TimeSpan CacheFor, TimeSpan StaleAfter)
{
    /// <summary>alternative.me Fear &amp; Greed defaults: published once a day, so cached 1 h and stale after 48 h; disabled.</summary>
    public static ExternalFeedOptions FearGreedDefault { get; } =
        new(new Uri("https://api.alternative.me/"), false, TimeSpan.FromSeconds(10), TimeSpan.FromHours(1), TimeSpan.FromHours(48));

    /// <summary>CoinGecko global-data defaults: refreshed every few minutes upstream, cached 10 min, stale after 2 h; disabled.</summary>
    public static ExternalFeedOptions CoinGeckoDefault { get; } =
        new(new Uri("https://api.coingecko.com/api/v3/"), false, TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(10), TimeSpan.FromHours(2));
}
