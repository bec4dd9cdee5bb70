using System.Globalization;
using System.Text;
using System.Text.Json;
using Qari.Exchanges.Gate;
using Qari.Exchanges.Http;
using Qari.Exchanges.Tests.Contract;
using Qari.Model.Ids;
using Qari.Model.Market;

namespace Qari.Exchanges.Tests.Gate;

/// <summary>The Gate dialect's wire shapes as a Gate client sees them: candle columns and order, unenforced text.</summary>
public sealed class GateDialectWireTests : IAsyncLifetime
{
    private ContractSimulator _sim = null!;

    public async Task InitializeAsync() => _sim = await ContractSimulator.StartAsync(ExchangeId.Gate);

    public async Task DisposeAsync() => await _sim.DisposeAsync();

    [Fact]
    public async Task Candlesticks_Rows_AreOldestFirstWithQuoteVolumeSecondAndOpenSixth()
    {
        var history = ContractSimulator.History;
        var (from, to) = (history[100].OpenTimeMs / 1000, history[102].OpenTimeMs / 1000);

        using var body = JsonDocument.Parse(await _sim.Http.GetStringAsync(new Uri(_sim.Host.BaseUrl, $"/api/v4/spot/candlesticks?currency_pair=BTC_USDT&interval=1d&from={from}&to={to}")));

        var rows = body.RootElement.EnumerateArray().ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(from.ToString(CultureInfo.InvariantCulture), rows[0][0].GetString());
        var c = history[100];
        Assert.Equal(c.Close, decimal.Parse(rows[0][2].GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal(c.High, decimal.Parse(rows[0][3].GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal(c.Low, decimal.Parse(rows[0][4].GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal(c.Open, decimal.Parse(rows[0][5].GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal(c.Volume, decimal.Parse(rows[0][6].GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal("true", rows[0][7].GetString());
    }

    [Fact]
    public async Task PlaceOrder_SameTextTwice_IsAcceptedTwiceBecauseGateDoesNotEnforceIt()
    {
        const string body = "{\"text\":\"t-same1\",\"currency_pair\":\"BTC_USDT\",\"type\":\"limit\",\"account\":\"spot\",\"side\":\"buy\",\"amount\":\"0.1\",\"price\":\"45000\",\"time_in_force\":\"gtc\"}";

        var first = await PostAsync(body);
        var second = await PostAsync(body);

        Assert.Equal(201, first.Status);
        Assert.Equal(201, second.Status);
        Assert.NotEqual(first.Id, second.Id);
    }

    private async Task<(int Status, string? Id)> PostAsync(string body)
    {
        var key = ContractSeed.Trader;
        var signed = new GateSigner().Sign(new RestRequest(GateEndpoints.PlaceOrder, body: body, contentType: "application/json"),
            new InMemoryCredentials(key.KeyId, key.Secret), DateTimeOffset.FromUnixTimeMilliseconds(_sim.Host.State.NowMs));
        using var message = new HttpRequestMessage(signed.Method, new Uri(_sim.Host.BaseUrl, signed.PathAndQuery));
        foreach (var (name, value) in signed.Headers) message.Headers.TryAddWithoutValidation(name, value);
        message.Content = new StringContent(signed.Body, Encoding.UTF8, "application/json");
        using var response = await _sim.Http.SendAsync(message);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return ((int)response.StatusCode, json.RootElement.TryGetProperty("id", out var id) ? id.GetString() : null);
    }
}
