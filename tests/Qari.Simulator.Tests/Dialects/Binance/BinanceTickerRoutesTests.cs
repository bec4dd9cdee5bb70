using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Qari.Model.Ids;
using Qari.Simulator.Accounts;
using Qari.Simulator.Hosting;

namespace Qari.Simulator.Tests.Dialects.Binance;

/// <summary>
/// <c>GET /api/v3/ticker/24hr</c> with <c>symbols=["A","B"]</c> answers those tickers in Binance's format and is
/// metered at Binance's published weight for that many symbols (2 for 1–20; 80 for all), on a frozen simulator clock.
/// </summary>
public sealed class BinanceTickerRoutesTests : IAsyncLifetime
{
    private SimulatorHost _host = null!;
    private readonly HttpClient _http = new();

    public async Task InitializeAsync()
    {
        var seed = new SimulatorSeed
        {
            Markets =
            [
                new SeedMarket("BTC/USDT", 0.01m, 0.00001m, 0.00001m, 5m, Price: 50_000m),
                new SeedMarket("ETH/USDT", 0.01m, 0.0001m, 0.0001m, 5m, Price: 2_000m),
                new SeedMarket("SOL/USDT", 0.01m, 0.001m, 0.001m, 5m, Price: 150m),
            ],
        };
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 20, 12, 0, 0, TimeSpan.Zero));
        _host = (await SimulatorHost.StartAsync(new SimulatorOptions { Seed = seed, Time = time })).Value;
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _host.DisposeAsync();
    }

    // The weight this minute of the simulator clock: adding nothing reads the meter.
    private int WeightUsed => _host.State.Weights.Add(ExchangeId.Binance, "127.0.0.1", 0, _host.State.NowMs).Used;

    private async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(string pathAndQuery)
    {
        using var response = await _http.GetAsync(new Uri(_host.BaseUrl, pathAndQuery));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, json.RootElement.Clone());
    }

    [Fact]
    public async Task Ticker24hr_SymbolsList_AnswersThoseTickersAtWeightTwo()
    {
        var (status, body) = await GetAsync("/api/v3/ticker/24hr?symbols=" + Uri.EscapeDataString("[\"BTCUSDT\",\"SOLUSDT\"]"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(JsonValueKind.Array, body.ValueKind);
        Assert.Equal(new[] { "BTCUSDT", "SOLUSDT" }, body.EnumerateArray().Select(t => t.GetProperty("symbol").GetString()!).ToArray());
        var btc = body[0];
        foreach (var field in new[] { "priceChange", "lastPrice", "bidPrice", "askPrice", "volume", "quoteVolume" })
            Assert.Equal(JsonValueKind.String, btc.GetProperty(field).ValueKind);
        Assert.Equal("50000.00000000", btc.GetProperty("lastPrice").GetString());
        Assert.Equal(JsonValueKind.Number, btc.GetProperty("closeTime").ValueKind);
        Assert.Equal(2, WeightUsed);
    }

    [Fact]
    public async Task Ticker24hr_NoSymbol_AnswersAllAtWeightEighty()
    {
        var (status, body) = await GetAsync("/api/v3/ticker/24hr");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(3, body.GetArrayLength());
        Assert.Equal(80, WeightUsed);
    }

    [Fact]
    public async Task Ticker24hr_OneSymbol_AnswersAnObjectAtWeightTwo()
    {
        var (status, body) = await GetAsync("/api/v3/ticker/24hr?symbol=ETHUSDT");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("ETHUSDT", body.GetProperty("symbol").GetString());
        Assert.Equal(2, WeightUsed);
    }

    [Fact]
    public async Task Ticker24hr_UnknownSymbolInTheList_IsInvalidSymbol()
    {
        var (status, body) = await GetAsync("/api/v3/ticker/24hr?symbols=" + Uri.EscapeDataString("[\"BTCUSDT\",\"NOPEUSDT\"]"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(-1121, body.GetProperty("code").GetInt32());
    }

    [Theory]
    [InlineData("BTCUSDT")]
    [InlineData("[BTCUSDT]")]
    [InlineData("[]")]
    public async Task Ticker24hr_MalformedSymbolsList_IsIllegalCharacters(string symbols)
    {
        var (status, body) = await GetAsync("/api/v3/ticker/24hr?symbols=" + Uri.EscapeDataString(symbols));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(-1100, body.GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task Ticker24hr_SymbolAndSymbols_IsRefused()
    {
        var (status, body) = await GetAsync("/api/v3/ticker/24hr?symbol=BTCUSDT&symbols=" + Uri.EscapeDataString("[\"ETHUSDT\"]"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(-1128, body.GetProperty("code").GetInt32());
    }
}
