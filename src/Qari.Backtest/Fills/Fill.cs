using Qari.Model.Ids;

namespace Qari.Backtest.Fills;

/// <summary>
/// One (partial) execution: price and base quantity (on tick and lot), the quote value, the fee and the asset it is
/// charged in, and whether it was a maker fill. A buy debits <see cref="Notional"/> quote and credits
/// <see cref="Quantity"/> base, less the fee from whichever asset pays it; a sell the other way round.
/// </summary>
public sealed record Fill(
    ClientOrderId OrderId,
    long TimeMs,
    decimal Price,
    decimal Quantity,
    decimal Notional,
    decimal Fee,
    FeeAsset FeeAsset,
    bool IsMaker);
