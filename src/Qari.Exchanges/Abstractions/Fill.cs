using Qari.Model.Ids;
using Qari.Model.Orders;

namespace Qari.Exchanges.Abstractions;

/// <summary>One execution of the account's order; <see cref="TradeId"/> is the exchange's id, used to de-duplicate.</summary>
public sealed record Fill(
    string TradeId,
    ExchangeOrderId ExchangeOrderId,
    ClientOrderId? ClientOrderId,
    Symbol Symbol,
    OrderSide Side,
    decimal Price,
    decimal Quantity,
    decimal Fee,
    string FeeAsset,
    bool IsMaker,
    long TimeMs);
