namespace Qari.Exchanges.Okx.Wire;

/// <summary>Row of <c>GET /api/v5/market/books</c>: levels <c>[px, sz, "0", numOrders]</c>.</summary>
public sealed class OkxOrderBook
{
    /// <summary>Asks, best first.</summary>
    public List<List<string>>? Asks { get; init; }

    /// <summary>Bids, best first.</summary>
    public List<List<string>>? Bids { get; init; }

    /// <summary>Snapshot time in ms, as text.</summary>
    public string? Ts { get; init; }
}
