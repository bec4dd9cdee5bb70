namespace Qari.Simulator.Accounts;

/// <summary>A market in a seed file: symbol (BTC/USDT), rules and a starting price (when no candles give one).</summary>
public sealed record SeedMarket(
    string Symbol,
    decimal TickSize,
    decimal LotStep,
    decimal MinQuantity,
    decimal MinNotional,
    decimal? Price = null,
    decimal? MaxQuantity = null);
