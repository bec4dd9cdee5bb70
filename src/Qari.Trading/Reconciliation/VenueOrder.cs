using Qari.Model.Ids;
using Qari.Model.Orders;

namespace Qari.Trading.Reconciliation;

/// <summary>An open order as the venue lists it (the client id as the venue returns it).</summary>
public sealed record VenueOrder(string ClientId, Symbol Symbol, OrderSide Side, OrderType Type, decimal Quantity, decimal Filled, ExchangeOrderId ExchangeOrder);
