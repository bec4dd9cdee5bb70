using System.Net.Http.Json;
using System.Text.Json;

namespace Qari.Cli.Tests.Crash;

/// <summary>The simulator's own records of the demo account, read through <c>/_sim</c>: every order with its fills, and balances.</summary>
internal sealed record VenueRecords(IReadOnlyList<VenueRecords.Order> Orders, IReadOnlyDictionary<string, decimal> Balances, IReadOnlyDictionary<string, decimal> LastPrices)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public sealed record Fill(long TradeId, decimal Price, decimal Quantity, decimal Fee, string FeeAsset, long TimeMs);

    public sealed record Order(long Id, string ClientOrderId, string Symbol, string Side, string Type, string Status, decimal? Price, decimal? StopPrice,
        decimal? Quantity, decimal Executed, long CreatedMs, IReadOnlyList<Fill> Fills)
    {
        public bool IsOpen => Status is "New" or "PartiallyFilled";
    }

    private sealed record History(long TimeMs, List<Order> Orders);

    private sealed record BalanceRow(string Asset, decimal Free, decimal Locked);

    private sealed record MarketRow(string Symbol, decimal Last);

    private sealed record Status(List<MarketRow> Markets);

    public static async Task<VenueRecords> ReadAsync(HttpClient http, string account)
    {
        var history = await http.GetFromJsonAsync<History>($"_sim/accounts/{account}/history", Json) ?? throw new InvalidOperationException("no history");
        var balances = await http.GetFromJsonAsync<List<BalanceRow>>($"_sim/accounts/{account}/balances", Json) ?? [];
        var status = await http.GetFromJsonAsync<Status>("_sim/status", Json) ?? throw new InvalidOperationException("no status");
        return new VenueRecords(history.Orders, balances.ToDictionary(b => b.Asset, b => b.Free + b.Locked, StringComparer.Ordinal),
            status.Markets.ToDictionary(m => m.Symbol, m => m.Last, StringComparer.Ordinal));
    }
}
