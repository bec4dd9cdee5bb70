using Qari.Model.Ids;
using Qari.Model.Orders;

namespace Qari.Trading.Reconciliation;

/// <summary>A recent fill as the venue lists it, with the client id of its order and the venue's trade id.</summary>
public sealed record VenueFill(string ClientId, Symbol Symbol, OrderSide Side, string FillId, decimal Quantity, decimal Price, DateTimeOffset At, decimal FeeQuote = 0m, decimal FeeBase = 0m);
