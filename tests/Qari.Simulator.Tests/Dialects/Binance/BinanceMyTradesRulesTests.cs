using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Qari.Exchanges.Http;
using Qari.Simulator.Accounts;
using Qari.Simulator.Control;
using Qari.Simulator.Hosting;

namespace Qari.Simulator.Tests.Dialects.Binance;

/// <summary>GET /api/v3/myTrades keeps Binance's documented time rules: at most 24 h between startTime and endTime, a lone startTime means 24 h, no fromId with a range.</summary>
public sealed class BinanceMyTradesRulesTests : IAsyncLifetime
{
    private const string Secret = "trades-test-secret-0123456789";
    private const long Day = 86_400_000L;
    private SimulatorHost _host = null!;
    private readonly HttpClient _http = new();
    private long _firstFillMs;

    public async Task InitializeAsync()
    {
        var seed = new SimulatorSeed
        {
            Markets = [new SeedMarket("BTC/USDT", 0.01m, 0.00001m, 0.00001m, 5m, Price: 50_000m)],
            Accounts = [new SeedAccount("a", new Dictionary<string, decimal> { ["USDT"] = 10_000m }, [new SimKey("k", Secret, "a")])],
        };
        _host = (await SimulatorHost.StartAsync(new SimulatorOptions { Seed = seed })).Value;
        _firstFillMs = _host.State.NowMs;
        await BuyAsync();
        await new SimulatorControlClient(_http, _host.BaseUrl).AdvanceAsync(TimeSpan.FromHours(30));
        await BuyAsync();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task MyTrades_SpanOver24Hours_IsMinus1127()
    {
        var (status, body) = await TradesAsync($"startTime={_firstFillMs}&endTime={_firstFillMs + Day + 1}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(-1127, body.GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task MyTrades_OnlyStartTime_AnswersOnlyThe24HoursAfterIt()
    {
        var (status, body) = await TradesAsync($"startTime={_firstFillMs}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Single(body.EnumerateArray().Select(t => t.GetProperty("orderId").GetInt64()).Distinct());
        Assert.All(body.EnumerateArray(), t => Assert.InRange(t.GetProperty("time").GetInt64(), _firstFillMs, _firstFillMs + Day));
    }

    [Fact]
    public async Task MyTrades_SecondDayWindow_AnswersTheLaterFill()
    {
        var (status, body) = await TradesAsync($"startTime={_firstFillMs + Day}&endTime={_firstFillMs + 2 * Day}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotEmpty(body.EnumerateArray());
        Assert.All(body.EnumerateArray(), t => Assert.True(t.GetProperty("time").GetInt64() >= _firstFillMs + Day));
    }

    [Fact]
    public async Task MyTrades_FromIdWithStartTime_IsMinus1128()
    {
        var (status, body) = await TradesAsync($"startTime={_firstFillMs}&fromId=0");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(-1128, body.GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task MyTrades_FromIdOnly_HasNoTimeLimit()
    {
        var (status, body) = await TradesAsync("fromId=0");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2, body.EnumerateArray().Select(t => t.GetProperty("orderId").GetInt64()).Distinct().Count());
    }

    private async Task BuyAsync()
    {
        var (status, body) = await SendAsync(HttpMethod.Post, "/api/v3/order", Signed("symbol=BTCUSDT&side=BUY&type=MARKET&quoteOrderQty=100"), "");
        Assert.True(status == HttpStatusCode.OK, body.ToString());
    }

    private Task<(HttpStatusCode, JsonElement)> TradesAsync(string query) =>
        SendAsync(HttpMethod.Get, "/api/v3/myTrades", Signed("symbol=BTCUSDT&" + query), "");

    private async Task<(HttpStatusCode, JsonElement)> SendAsync(HttpMethod method, string path, string query, string body)
    {
        if (method == HttpMethod.Post) (query, body) = ("", query);
        using var request = new HttpRequestMessage(method, new Uri(_host.BaseUrl, path + (query.Length > 0 ? "?" + query : "")));
        request.Headers.Add("X-MBX-APIKEY", "k");
        if (body.Length > 0) request.Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded");
        using var response = await _http.SendAsync(request);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, json.RootElement.Clone());
    }

    private string Signed(string query)
    {
        var q = query + "&timestamp=" + _host.State.NowMs.ToString(CultureInfo.InvariantCulture);
        return q + "&signature=" + Signatures.HmacSha256Hex(Encoding.UTF8.GetBytes(Secret), q);
    }
}
