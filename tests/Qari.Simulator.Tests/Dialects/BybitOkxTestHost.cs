using Qari.Model.Ids;
using Qari.Model.Market;
using Qari.Simulator.Accounts;
using Qari.Simulator.Feed;
using Qari.Simulator.Hosting;

namespace Qari.Simulator.Tests.Dialects;

/// <summary>For the Bybit and OKX dialect tests: a simulator on a free loopback port with one market, ten daily candles, and keys for the dialect tests.</summary>
internal sealed class BybitOkxTestHost : IAsyncDisposable
{
    public const string Passphrase = "dialect-pass";
    public static readonly DateTimeOffset Start = new(2026, 1, 20, 0, 0, 0, TimeSpan.Zero);
    public static readonly SimKey Trader = new("dialectKey01", "dialect-secret-0123456789", "acct", Passphrase, AllowedIps: ["127.0.0.1", "::1"]);
    public static readonly SimKey ReadOnly = new("readKey01", "read-secret-0123456789abc", "acct", Passphrase, SpotTrade: false);
    public static readonly SimKey Elsewhere = new("farKey01", "far-secret-0123456789abcd", "acct", Passphrase, AllowedIps: ["203.0.113.7"]);

    private BybitOkxTestHost(SimulatorHost host)
    {
        Host = host;
        Http = new HttpClient { BaseAddress = host.BaseUrl };
    }

    public SimulatorHost Host { get; }
    public HttpClient Http { get; }
    public long NowMs => Host.State.NowMs;

    /// <summary>Ten daily BTC/USDT candles ending the day before <see cref="Start"/>, closes 100, 101, ... 109.</summary>
    public static IReadOnlyList<Candle> Days { get; } = Enumerable.Range(0, 10)
        .Select(i => new Candle(Start.AddDays(-10 + i).ToUnixTimeMilliseconds(), 100m + i, 101m + i, 99m + i, 100m + i, 10m + i)).ToList();

    public static async Task<BybitOkxTestHost> StartAsync()
    {
        var library = new CandleLibrary();
        library.Add(new Symbol("BTC", "USDT"), Timeframe.D1, Days);
        var seed = new SimulatorSeed
        {
            Markets = [new SeedMarket("BTC/USDT", 0.01m, 0.0001m, 0.0001m, 5m, Price: 100m)],
            Accounts = [new SeedAccount("acct", new Dictionary<string, decimal> { ["USDT"] = 10_000m, ["BTC"] = 5m }, [Trader, ReadOnly, Elsewhere])],
        };
        var host = await SimulatorHost.StartAsync(new SimulatorOptions { Seed = seed, Candles = library, Start = Start });
        return new BybitOkxTestHost(host.IsSuccess ? host.Value : throw new InvalidOperationException(host.Error.ToString()));
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Host.DisposeAsync();
    }
}
