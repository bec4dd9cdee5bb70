using Qari.Exchanges;
using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Http;
using Qari.Model.Ids;

namespace Qari.Cli.Commands.Exchange;

/// <summary>One command's connection: HTTP client, rate-limit registry, pipeline and adapter; disposes them (and wipes the key).</summary>
internal sealed class ExchangeSession : IDisposable
{
    private readonly HttpClient _http = new();
    private readonly RateLimitRegistry _limits = new(TimeProvider.System);
    private readonly InMemoryCredentials? _credentials;

    private ExchangeSession(ExchangeId exchange, Uri baseUrl, InMemoryCredentials? credentials)
    {
        _credentials = credentials;
        Pipeline = SpotExchangeFactory.CreateHttpClient(exchange, _http, new ExchangeHttpOptions(baseUrl), _limits, TimeProvider.System);
        Exchange = SpotExchangeFactory.Create(Pipeline, credentials);
        KeyId = credentials?.KeyId;
    }

    public ISpotExchange Exchange { get; }
    public ExchangeHttpClient Pipeline { get; }
    public string? KeyId { get; }

    /// <summary>Opens a session, or writes why it cannot and returns null.</summary>
    public static ExchangeSession? Open(string exchangeName, string? baseUrl, bool needsKey, CliConsole console)
    {
        if (!ExchangeIds.TryParse(exchangeName, out var exchange))
        {
            console.Error.WriteLine($"Unknown exchange '{exchangeName}'. Known: {string.Join(", ", ExchangeIds.All.Select(e => e.Name()))}.");
            return null;
        }
        if (!SpotExchangeFactory.IsSupported(exchange))
        {
            console.Error.WriteLine($"No adapter for {exchange.Name()} yet. Supported: {string.Join(", ", SpotExchangeFactory.Supported.Select(e => e.Name()))}.");
            return null;
        }
        var url = SpotExchangeFactory.DefaultBaseUrl(exchange);
        if (baseUrl is not null && (!Uri.TryCreate(baseUrl, UriKind.Absolute, out url!) || url.Scheme is not ("http" or "https")))
        {
            console.Error.WriteLine($"--base-url '{baseUrl}' is not an http(s) URL.");
            return null;
        }
        InMemoryCredentials? credentials = null;
        if (needsKey)
        {
            credentials = CredentialReader.Read(console);
            if (credentials is null)
            {
                console.Error.WriteLine("No API key: set QARI_API_KEY and QARI_API_SECRET (and QARI_API_PASSPHRASE where the exchange uses one), or pipe key and secret on standard input, one per line.");
                return null;
            }
        }
        return new ExchangeSession(exchange, url, credentials);
    }

    public void Dispose()
    {
        _credentials?.Dispose();
        _limits.Dispose();
        _http.Dispose();
    }
}
