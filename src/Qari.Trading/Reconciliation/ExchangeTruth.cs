namespace Qari.Trading.Reconciliation;

/// <summary>What the venue says now: open orders, recent fills, and total balances per asset (free + locked).</summary>
public sealed record ExchangeTruth(
    DateTimeOffset At,
    IReadOnlyList<VenueOrder> OpenOrders,
    IReadOnlyList<VenueFill> RecentFills,
    IReadOnlyDictionary<string, decimal> Balances);
