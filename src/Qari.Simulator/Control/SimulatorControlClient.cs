using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Qari.Simulator.Control;

/// <summary>A typed client for the <c>/_sim</c> control API (tests, benchmarks and the CLI use it over real HTTP).</summary>
public sealed class SimulatorControlClient(HttpClient http, Uri baseUrl)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>Sets a symbol's last price, with the volume resting orders may fill against.</summary>
    public Task PushPriceAsync(string symbol, decimal price, decimal? volume = null, CancellationToken ct = default) =>
        PostAsync("_sim/price", new PricePush(symbol, price, volume), ct);

    /// <summary>Moves the simulator clock forward and replays the candles passed.</summary>
    public Task AdvanceAsync(TimeSpan by, CancellationToken ct = default) => PostAsync("_sim/advance", new AdvanceRequest((long)by.TotalMilliseconds), ct);

    /// <summary>Arms a fault.</summary>
    public Task AddFaultAsync(FaultRequest fault, CancellationToken ct = default) => PostAsync("_sim/faults", fault, ct);

    /// <summary>Disarms all faults.</summary>
    public async Task ClearFaultsAsync(CancellationToken ct = default)
    {
        using var response = await http.DeleteAsync(new Uri(baseUrl, "_sim/faults"), ct).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Revokes a key.</summary>
    public Task RevokeKeyAsync(string keyId, CancellationToken ct = default) => PostAsync($"_sim/keys/{Uri.EscapeDataString(keyId)}/revoke", new { }, ct);

    /// <summary>Sets the base quantity of every synthetic book level (null: default).</summary>
    public Task SetLiquidityAsync(string symbol, decimal? levelQuantity, CancellationToken ct = default) =>
        PostAsync("_sim/liquidity", new LiquidityRequest(symbol, levelQuantity), ct);

    private async Task PostAsync<T>(string path, T body, CancellationToken ct)
    {
        using var response = await http.PostAsJsonAsync(new Uri(baseUrl, path), body, Json, ct).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"simulator control {path}: HTTP {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false)}");
    }
}
