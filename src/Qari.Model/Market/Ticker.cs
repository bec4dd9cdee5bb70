using Qari.Model.Ids;

namespace Qari.Model.Market;

/// <summary>Best bid/ask, last price and 24-hour volumes (quote volume ranks the universe).</summary>
public sealed record Ticker(
    Symbol Symbol,
    decimal Bid,
    decimal Ask,
    decimal Last,
    decimal BaseVolume24h,
    decimal QuoteVolume24h,
    long TimeMs)
{
    /// <summary>Spread relative to the mid price (0.001 = 0.1%); null when either side is missing.</summary>
    public decimal? RelativeSpread => Bid > 0 && Ask > 0 ? (Ask - Bid) / ((Ask + Bid) / 2m) : null;
}
