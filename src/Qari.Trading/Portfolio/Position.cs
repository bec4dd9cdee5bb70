using Qari.Model.Ids;
using Qari.Model.Instruments;
using Qari.Trading.Risk;

namespace Qari.Trading.Portfolio;

/// <summary>
/// One trade's position: coins held, average entry (fees included), realised P&amp;L in quote and in R, and the stop
/// price it must be protected at. Changes only through <see cref="Apply"/>. The stop is only ever raised; it is never
/// wider than 30% below the average entry, and never tighter than 10% below it until the first exit — after which
/// break-even and trailing may lift it further (SPEC §6).
/// </summary>
public sealed class Position
{
    /// <summary>A position for <paramref name="trade"/> with its plan's R and structural invalidation.</summary>
    public Position(TradeId trade, Symbol symbol, InstrumentRules rules, decimal riskQuote, decimal invalidation)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(riskQuote);
        Trade = trade;
        Symbol = symbol;
        Rules = rules;
        RiskQuote = riskQuote;
        Invalidation = invalidation;
    }

    /// <summary>The trade.</summary>
    public TradeId Trade { get; }

    /// <summary>The pair.</summary>
    public Symbol Symbol { get; }

    /// <summary>The instrument's rounding rules.</summary>
    public InstrumentRules Rules { get; }

    /// <summary>R: the quote amount the plan loses at its stop.</summary>
    public decimal RiskQuote { get; }

    /// <summary>The structural invalidation from the plan.</summary>
    public decimal Invalidation { get; }

    /// <summary>Coins held now.</summary>
    public decimal Quantity { get; private set; }

    /// <summary>Coins received by entries in total (after base fees).</summary>
    public decimal Bought { get; private set; }

    /// <summary>Coins taken over from earlier trades' dust (<see cref="DustAdopted"/>): held, but not bought by this trade.</summary>
    public decimal Adopted { get; private set; }

    /// <summary>Coins sold in total.</summary>
    public decimal Sold { get; private set; }

    /// <summary>Average entry price of the coins held, fees included.</summary>
    public decimal AverageEntry { get; private set; }

    /// <summary>Realised P&amp;L in quote.</summary>
    public decimal RealisedQuote { get; private set; }

    /// <summary>Realised P&amp;L in R.</summary>
    public decimal RealisedR => RealisedQuote / RiskQuote;

    /// <summary>The price the stop must rest at (0 before the first entry fill).</summary>
    public decimal StopPrice { get; private set; }

    /// <summary>True once anything was sold.</summary>
    public bool HasExited => Sold > 0;

    /// <summary>Applies one event.</summary>
    public PositionChange Apply(PositionEvent e)
    {
        var before = StopPrice;
        switch (e)
        {
            case EntryFilled f:
                if (f.Quantity <= 0 || f.Price <= 0) return new(before, before, 0, 0, "entry fill without positive quantity and price ignored");
                var received = f.Quantity - f.FeeBase;
                var cost = AverageEntry * Quantity + f.Quantity * f.Price + f.FeeQuote;
                Quantity += received;
                Bought += received;
                AverageEntry = Quantity > 0 ? cost / Quantity : 0m;
                var structural = StopBand.Clamp(Invalidation, AverageEntry, Rules);
                StopPrice = Math.Max(StopPrice, structural);
                return new(before, StopPrice, 0, 0, null);

            case ExitFilled x:
                if (x.Quantity <= 0 || x.Price <= 0) return new(before, before, 0, 0, "exit fill without positive quantity and price ignored");
                var sold = Math.Min(x.Quantity, Quantity);
                var anomaly = x.Quantity > Quantity ? $"sold {x.Quantity} while holding {Quantity}" : null;
                var pnl = sold * (x.Price - AverageEntry) - x.FeeQuote;
                Quantity -= sold;
                Sold += sold;
                RealisedQuote += pnl;
                return new(before, before, pnl, pnl / RiskQuote, anomaly);

            case DustAdopted d:
                if (d.Quantity <= 0 || Quantity <= 0) return new(before, before, 0, 0, "dust adopted without a positive quantity or a position to join");
                // At the position's average entry: the dust's own cost was booked by the trades that bought it, and the
                // stop, set from the average, must not move for coins worth less than one lot.
                Quantity += d.Quantity;
                Adopted += d.Quantity;
                return new(before, before, 0, 0, null);

            case StopRaiseRequested r:
                if (Quantity <= 0) return new(before, before, 0, 0, "no position to protect");
                var target = Rules.FloorPrice(r.Price);
                if (!HasExited) target = Math.Min(target, Rules.FloorPrice(StopBand.Highest(AverageEntry)));
                StopPrice = Math.Max(StopPrice, target);
                return new(before, StopPrice, 0, 0, null);

            default:
                throw new ArgumentOutOfRangeException(nameof(e), e.GetType().Name, "Unknown position event.");
        }
    }
}
