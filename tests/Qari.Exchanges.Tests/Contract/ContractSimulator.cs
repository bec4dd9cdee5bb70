using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Http;
using Qari.Model.Ids;
using Qari.Simulator.Accounts;
using Qari.Simulator.Control;
using Qari.Simulator.Feed;
using Qari.Simulator.Hosting;

namespace Qari.Exchanges.Tests.Contract;

/// <summary>A simulator on a free loopback port with the contract seed and BTC/USDT daily history, plus adapters talking to it.</summary>
public sealed class ContractSimulator : IAsyncDisposable
{
    /// <summary>The simulator clock starts one day after the last candle of the test history.</summary>
    public static readonly DateTimeOffset Start = DateTimeOffset.FromUnixTimeMilliseconds(1780358400000L + 86_400_000L);

    private static readonly Lazy<CandleLibrary> Candles = new(() =>
    {
        var library = CandleLibrary.Load(Path.Combine(AppContext.BaseDirectory, "TestData"));
        return library.IsSuccess ? library.Value : throw new InvalidOperationException(library.Error.ToString());
    });

    private readonly List<IDisposable> _owned = [];

    private ContractSimulator(SimulatorHost host, ExchangeId exchange)
    {
        Host = host;
        Exchange = exchange;
        Http = new HttpClient();
        Limits = new RateLimitRegistry(TimeProvider.System);
        Control = new SimulatorControlClient(Http, host.BaseUrl);
    }

    public SimulatorHost Host { get; }
    public ExchangeId Exchange { get; }
    public HttpClient Http { get; }
    public RateLimitRegistry Limits { get; }
    public SimulatorControlClient Control { get; }

    /// <summary>The candles of the test history file.</summary>
    public static IReadOnlyList<Qari.Model.Market.Candle> History => Candles.Value.Series(new Symbol("BTC", "USDT"), Qari.Model.Market.Timeframe.D1);

    public static async Task<ContractSimulator> StartAsync(ExchangeId exchange)
    {
        var host = await SimulatorHost.StartAsync(new SimulatorOptions { Seed = ContractKeys.Seed(exchange), Candles = Candles.Value, Start = Start });
        return new ContractSimulator(host.IsSuccess ? host.Value : throw new InvalidOperationException(host.Error.ToString()), exchange);
    }

    /// <summary>An adapter for <paramref name="key"/> (public data only when null) on its own pipeline.</summary>
    public ISpotExchange Connect(SimKey? key, Func<ExchangeHttpOptions, ExchangeHttpOptions>? tweak = null)
    {
        var options = new ExchangeHttpOptions(Host.BaseUrl) { RetryDelay = TimeSpan.FromMilliseconds(10), Timeout = TimeSpan.FromSeconds(5) };
        options = tweak?.Invoke(options) ?? options;
        var pipeline = SpotExchangeFactory.CreateHttpClient(Exchange, Http, options, Limits, TimeProvider.System);
        InMemoryCredentials? credentials = null;
        if (key is not null)
        {
            key = ContractKeys.For(Exchange, key);
            credentials = new InMemoryCredentials(key.KeyId, key.Secret, key.Passphrase);
            _owned.Add(credentials);
        }
        return SpotExchangeFactory.Create(pipeline, credentials);
    }

    /// <summary>An adapter for a key the simulator does not know, or with the wrong secret.</summary>
    public ISpotExchange ConnectWith(string keyId, string secret) => Connect(new SimKey(keyId, secret, "none", ContractSeed.Passphrase));

    public async ValueTask DisposeAsync()
    {
        foreach (var d in _owned) d.Dispose();
        Limits.Dispose();
        Http.Dispose();
        await Host.DisposeAsync();
    }
}
