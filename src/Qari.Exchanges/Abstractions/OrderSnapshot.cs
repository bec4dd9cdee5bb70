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
    long UpdatedMs);
