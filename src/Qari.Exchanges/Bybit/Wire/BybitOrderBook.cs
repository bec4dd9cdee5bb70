namespace Qari.Exchanges.Bybit.Wire;

/// <summary>Result of <c>GET /v5/market/orderbook</c>: bids <c>b</c> and asks <c>a</c> as <c>[price, size]</c> strings.</summary>
public sealed class BybitOrderBook
{
    /// <summary>Exchange symbol.</summary>
    public string? S { get; init; }

    /// <summary>Bids, best first.</summary>
    public List<List<string>>? B { get; init; }

    /// <summary>Asks, best first.</summary>
    public List<List<string>>? A { get; init; }

    /// <summary>Snapshot time in ms.</summary>
    public long Ts { get; init; }

    /// <summary>Update id.</summary>
    public long U { get; init; }
}
