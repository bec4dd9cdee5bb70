using System.Globalization;
using System.Text.Json;
using Qari.Exchanges.Tests.Contract;
using Qari.Model.Ids;

namespace Qari.Exchanges.Tests.Kucoin;

/// <summary>The KuCoin dialect's wire shapes as a KuCoin client sees them: envelope, candle columns and order.</summary>
public sealed class KucoinDialectWireTests : IAsyncLifetime
{
    private ContractSimulator _sim = null!;

    public async Task InitializeAsync() => _sim = await ContractSimulator.StartAsync(ExchangeId.Kucoin);

    public async Task DisposeAsync() => await _sim.DisposeAsync();

    [Fact]
    public async Task Candles_Rows_AreNewestFirstInSecondsWithCloseBeforeHigh()
    {
        var history = ContractSimulator.History;
        var (start, end) = (history[100].OpenTimeMs / 1000, history[103].OpenTimeMs / 1000);

        using var body = JsonDocument.Parse(await _sim.Http.GetStringAsync(new Uri(_sim.Host.BaseUrl, $"/api/v1/market/candles?symbol=BTC-USDT&type=1day&startAt={start}&endAt={end}")));

        Assert.Equal("200000", body.RootElement.GetProperty("code").GetString());
        var rows = body.RootElement.GetProperty("data").EnumerateArray().ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal((history[102].OpenTimeMs / 1000).ToString(CultureInfo.InvariantCulture), rows[0][0].GetString());
        var c = history[102];
        Assert.Equal(c.Open, decimal.Parse(rows[0][1].GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal(c.Close, decimal.Parse(rows[0][2].GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal(c.High, decimal.Parse(rows[0][3].GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal(c.Low, decimal.Parse(rows[0][4].GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal(c.Volume, decimal.Parse(rows[0][5].GetString()!, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task UnknownSymbol_IsKucoinErrorEnvelope()
    {
        using var body = JsonDocument.Parse(await _sim.Http.GetStringAsync(new Uri(_sim.Host.BaseUrl, "/api/v1/market/orderbook/level2_20?symbol=NOPE-USDT")));

        Assert.Equal("900001", body.RootElement.GetProperty("code").GetString());
        Assert.True(body.RootElement.TryGetProperty("msg", out _));
    }
}
