using Qari.Model.Ids;
using Qari.Model.Orders;

namespace Qari.Exchanges.Abstractions;

/// <summary>An order as the exchange reports it, normalised (status mapped exhaustively, times in Unix ms UTC).</summary>
public sealed record OrderSnapshot(
    ExchangeOrderId ExchangeOrderId,
    ClientOrderId? ClientOrderId,
    Symbol Symbol,
    OrderSide Side,
    OrderType Type,
    OrderStatus Status,
    decimal? Price,
    decimal? StopPrice,
    decimal? Quantity,
    decimal FilledQuantity,
    decimal? AverageFillPrice,
    decimal FilledQuote,
    long CreatedMs,
    long UpdatedMs)
{
    /// <summary>
    /// The executions the venue reported in the same answer (Binance's FULL place answer), or null when it reported
    /// none: then, or when they do not add up to <see cref="FilledQuantity"/>, the fills are read from the fill list.
    /// </summary>
    public IReadOnlyList<Fill>? Fills { get; init; }
}
