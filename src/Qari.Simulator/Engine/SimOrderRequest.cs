using Qari.Exchanges.Abstractions;
using Qari.Model.Ids;
using Qari.Model.Orders;

namespace Qari.Simulator.Engine;

/// <summary>An order as a dialect decoded it from the wire, plus how the dialect's exchange treats a reused client id.</summary>
public sealed record SimOrderRequest(
    string AccountId,
    Symbol Symbol,
    OrderSide Side,
    OrderType Type,
    string ClientOrderId,
    decimal? Quantity = null,
    decimal? QuoteAmount = null,
    decimal? Price = null,
    decimal? StopPrice = null,
    TimeInForce TimeInForce = TimeInForce.GoodTillCanceled,
    DuplicateClientIdBehaviour Duplicates = DuplicateClientIdBehaviour.RejectedWhileOpen);
