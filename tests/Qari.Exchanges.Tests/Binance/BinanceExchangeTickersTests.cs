using Microsoft.Extensions.Time.Testing;
using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Binance;
using Qari.Exchanges.Http;
using Qari.Exchanges.Tests.Contract;
using Qari.Model.Ids;

namespace Qari.Exchanges.Tests.Binance;

/// <summary>Tickers for a universe cost Binance's weight for that many symbols, not the all-symbol 80.</summary>
public sealed class BinanceExchangeTickersTests : IAsyncLifetime
{
    private static readonly Symbol Btc = new("BTC", "USDT");
    private static readonly Symbol Eth = new("ETH", "USDT");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 20, 12, 0, 0, TimeSpan.Zero));
    private ContractSimulator _sim = null!;
    private RateLimitRegistry _limits = null!;
    private ExchangeHttpClient _pipeline = null!;

    public async Task InitializeAsync()
    {
        _sim = await ContractSimulator.StartAsync(ExchangeId.Binance);
        // The limiter on a fake clock: the weight used is exact, whatever the wall clock's minute does meanwhile.
        _limits = new RateLimitRegistry(_time);
        _pipeline = BinanceExchange.CreateHttpClient(_sim.Http, new ExchangeHttpOptions(_sim.Host.BaseUrl), _limits, _time);
    }

    public async Task DisposeAsync()
    {
        _limits.Dispose();
        await _sim.DisposeAsync();
    }

    private long WeightLeft => _pipeline.IpGate.Available()["REQUEST_WEIGHT"];

    [Fact]
    public async Task GetTickersAsync_TwoSymbols_AsksForThoseAtWeightTwo()
    {
        ISpotExchange exchange = SpotExchangeFactory.Create(_pipeline, null);
        var tickers = await exchange.GetTickersAsync([Btc, Eth], CancellationToken.None);
        Assert.Equal(2, tickers.Value.Count);
        Assert.Contains(tickers.Value, t => t.Symbol == Eth);
        var btc = tickers.Value.Single(t => t.Symbol == Btc);
        Assert.Equal(50_000m, btc.Last);
        Assert.True(btc.Bid < btc.Last && btc.Last < btc.Ask);
        Assert.Equal(6000 - 2, WeightLeft);
    }

    [Fact]
    public async Task GetTickersAsync_AllSymbols_CostsEighty()
    {
        ISpotExchange exchange = SpotExchangeFactory.Create(_pipeline, null);
        Assert.Contains((await exchange.GetTickersAsync(CancellationToken.None)).Value, t => t.Symbol == Btc);
        Assert.Equal(6000 - 80, WeightLeft);
    }

    [Fact]
    public async Task GetTickersAsync_UnknownSymbolInTheList_FailsAsTheVenueAnswers()
    {
        ISpotExchange exchange = SpotExchangeFactory.Create(_pipeline, null);
        var result = await exchange.GetTickersAsync([Btc, new Symbol("NOPE", "USDT")], CancellationToken.None);
        Assert.False(result.IsSuccess);
    }

    [Theory]
    [InlineData(1, 2)]
    [InlineData(20, 2)]
    [InlineData(21, 40)]
    [InlineData(100, 40)]
    [InlineData(101, 80)]
    public void Ticker24hWeight_SymbolCount_IsBinancesPublishedWeight(int symbols, int weight) =>
        Assert.Equal(weight, BinanceEndpoints.Ticker24hWeight(symbols));
}
