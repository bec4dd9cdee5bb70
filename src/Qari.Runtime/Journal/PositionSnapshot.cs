using Qari.Model.Ids;

namespace Qari.Runtime.Journal;

/// <summary>One open position: quantity, average entry, the stop price and the targets.</summary>
public sealed record PositionSnapshot(Symbol Symbol, TradeId Trade, string Phase, decimal Quantity, decimal AverageEntry, decimal Stop, decimal Target1, decimal Target2)
{
    /// <summary>True when both lists hold the same positions in the same order, every decimal with the same value and scale (as stored).</summary>
    public static bool SameAs(IReadOnlyList<PositionSnapshot>? a, IReadOnlyList<PositionSnapshot> b)
    {
        ArgumentNullException.ThrowIfNull(b);
        if (a is null || a.Count != b.Count) return false;
        for (var i = 0; i < a.Count; i++)
            if (!Exact(a[i], b[i])) return false;
        return true;
    }

    private static bool Exact(PositionSnapshot x, PositionSnapshot y) =>
        x.Symbol == y.Symbol && x.Trade == y.Trade && x.Phase == y.Phase && Exact(x.Quantity, y.Quantity) && Exact(x.AverageEntry, y.AverageEntry)
        && Exact(x.Stop, y.Stop) && Exact(x.Target1, y.Target1) && Exact(x.Target2, y.Target2);

    private static bool Exact(decimal x, decimal y) => x == y && x.Scale == y.Scale;
}
