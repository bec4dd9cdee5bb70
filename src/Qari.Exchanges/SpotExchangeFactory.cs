using Microsoft.Extensions.Logging;
using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Binance;
using Qari.Exchanges.Bybit;
using Qari.Exchanges.Gate;
using Qari.Exchanges.Bitget;
using Qari.Exchanges.Coinbase;
using Qari.Exchanges.Kraken;
using Qari.Exchanges.Http;
using Qari.Exchanges.Kucoin;
using Qari.Exchanges.Okx;
using Qari.Model.Ids;

namespace Qari.Exchanges;

/// <summary>
/// Builds an exchange's shared pipeline and its adapters by <see cref="ExchangeId"/>: the one place that knows
/// which adapters exist. The CLI and the adapter contract suite both go through it, so a new adapter added here
/// is usable everywhere.
/// </summary>
public static class SpotExchangeFactory
{
    /// <summary>The exchanges that have an adapter.</summary>
    public static IReadOnlyList<ExchangeId> Supported { get; } = [ExchangeId.Binance, ExchangeId.Bybit, ExchangeId.Okx, ExchangeId.Kucoin, ExchangeId.Gate, ExchangeId.Bitget, ExchangeId.Kraken, ExchangeId.Coinbase];

    /// <summary>True when <paramref name="exchange"/> has an adapter.</summary>
    public static bool IsSupported(ExchangeId exchange) => Supported.Contains(exchange);

    /// <summary>The production base URL of an exchange.</summary>
    public static Uri DefaultBaseUrl(ExchangeId exchange) => exchange switch
    {
        ExchangeId.Binance => BinanceExchange.DefaultBaseUrl,
        ExchangeId.Bybit => BybitExchange.DefaultBaseUrl,
        ExchangeId.Okx => OkxExchange.DefaultBaseUrl,
        ExchangeId.Kucoin => KucoinExchange.DefaultBaseUrl,
        ExchangeId.Gate => GateExchange.DefaultBaseUrl,
        ExchangeId.Bitget => BitgetExchange.DefaultBaseUrl,
        ExchangeId.Kraken => KrakenExchange.DefaultBaseUrl,
        ExchangeId.Coinbase => CoinbaseExchange.DefaultBaseUrl,
        _ => throw Unsupported(exchange),
    };

    /// <summary>The shared request pipeline of <paramref name="exchange"/> (one per node, base URL and egress IP).</summary>
    public static ExchangeHttpClient CreateHttpClient(ExchangeId exchange, HttpClient http, ExchangeHttpOptions options, RateLimitRegistry limits, TimeProvider time, ILogger? logger = null) => exchange switch
    {
        ExchangeId.Binance => BinanceExchange.CreateHttpClient(http, options, limits, time, logger),
        ExchangeId.Bybit => BybitExchange.CreateHttpClient(http, options, limits, time, logger),
        ExchangeId.Okx => OkxExchange.CreateHttpClient(http, options, limits, time, logger),
        ExchangeId.Kucoin => KucoinExchange.CreateHttpClient(http, options, limits, time, logger),
        ExchangeId.Gate => GateExchange.CreateHttpClient(http, options, limits, time, logger),
        ExchangeId.Bitget => BitgetExchange.CreateHttpClient(http, options, limits, time, logger),
        ExchangeId.Kraken => KrakenExchange.CreateHttpClient(http, options, limits, time, logger),
        ExchangeId.Coinbase => CoinbaseExchange.CreateHttpClient(http, options, limits, time, logger),
        _ => throw Unsupported(exchange),
    };

    /// <summary>An adapter for one key (null: public data only) on a pipeline made by <see cref="CreateHttpClient"/>.</summary>
    public static ISpotExchange Create(ExchangeHttpClient client, IExchangeCredentials? credentials) => client.Exchange switch
    {
        ExchangeId.Binance => new BinanceExchange(client, credentials),
        ExchangeId.Bybit => new BybitExchange(client, credentials),
        ExchangeId.Okx => new OkxExchange(client, credentials),
        ExchangeId.Kucoin => new KucoinExchange(client, credentials),
        ExchangeId.Gate => new GateExchange(client, credentials),
        ExchangeId.Bitget => new BitgetExchange(client, credentials),
        ExchangeId.Kraken => new KrakenExchange(client, credentials),
        ExchangeId.Coinbase => new CoinbaseExchange(client, credentials),
        _ => throw Unsupported(client.Exchange),
    };

    /// <summary>The endpoint tables of every adapter (scanned by the spot-only test).</summary>
    public static IReadOnlyList<IEndpointTable> EndpointTables { get; } = [new BinanceEndpoints(), new BybitEndpoints(), new OkxEndpoints(), new KucoinEndpoints(), new GateEndpoints(), new BitgetEndpoints(), new KrakenEndpoints(), new CoinbaseEndpoints()];

    private static ArgumentOutOfRangeException Unsupported(ExchangeId exchange) =>
        new(nameof(exchange), exchange, $"No adapter for {exchange.Name()} yet; supported: {string.Join(", ", Supported.Select(e => e.Name()))}.");
}
