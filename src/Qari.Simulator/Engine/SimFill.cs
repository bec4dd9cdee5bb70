using Qari.Model.Ids;
using Qari.Model.Orders;

namespace Qari.Simulator.Engine;

/// <summary>One execution of a simulated order.</summary>
public sealed record SimFill(
    long TradeId,
    long OrderId,
    string AccountId,
    Symbol Symbol,
    OrderSide Side,
    decimal Price,
    decimal Quantity,
    decimal Quote,
    decimal Fee,
    string FeeAsset,
    bool IsMaker,
    long TimeMs);
