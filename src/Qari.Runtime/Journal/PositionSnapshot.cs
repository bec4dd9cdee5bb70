using Qari.Model.Ids;

namespace Qari.Runtime.Journal;

/// <summary>One open position: quantity, average entry, the stop price and the targets.</summary>
public sealed record PositionSnapshot(Symbol Symbol, TradeId Trade, string Phase, decimal Quantity, decimal AverageEntry, decimal Stop, decimal Target1, decimal Target2);
