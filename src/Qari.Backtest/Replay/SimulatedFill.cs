using Qari.Backtest.Fills;
using Qari.Model.Ids;
using Qari.Model.Orders;

namespace Qari.Backtest.Replay;

/// <summary>One fill the simulated exchange executed, with the order's role, for the results and reconciliation.</summary>
public sealed record SimulatedFill(string FillId, Symbol Symbol, OrderSide Side, OrderLeg Leg, TradeId Trade, Fill Fill);
