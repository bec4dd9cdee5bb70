using System.Globalization;

namespace Qari.Trading.Risk;

/// <summary>
/// Sizing (SPEC §6): risk per trade ÷ stop distance, capped by the allocation and the free balance, floored to the
/// lot; split into two legs; validated against the instrument minimums and Qari's $5 floor.
/// </summary>
public static class PositionSizer
{
    /// <summary>Sizes <paramref name="input"/>'s candidate. Never throws for bad inputs: it reports them as a problem.</summary>
    public static SizingPlan Size(GateInput input)
    {
        var c = input.Candidate;
        var s = input.Settings;
        var rules = input.Market.Instrument.Rules;
        if (c.ZoneLow <= 0 || c.ZoneHigh < c.ZoneLow)
            return Fail($"the entry zone {Text(c.ZoneLow)}–{Text(c.ZoneHigh)} is not a valid price range");

        var entry = rules.FloorPrice(c.ZoneLow + (c.ZoneHigh - c.ZoneLow) * s.ZonePosition);
        if (entry <= 0) return Fail($"the entry price rounds to {Text(entry)} on the tick {Text(rules.TickSize)}");
        var stop = StopBand.Clamp(c.Invalidation, entry, rules);
        var perUnit = entry - stop;
        if (stop <= 0 || perUnit <= 0) return Fail($"no stop fits between 10% and 30% below {Text(entry)} on the tick");

        var byRisk = input.Equity * s.RiskPerTrade / perUnit;
        var byAllocation = input.Equity * s.MaxAllocation / entry;
        var byFree = Math.Max(0m, input.FreeQuote) / (entry * (1 + s.FeeReserve));
        var total = rules.FloorQuantity(Math.Max(0m, Math.Min(byRisk, Math.Min(byAllocation, byFree))));

        var leg1 = rules.FloorQuantity(total * s.Leg1Fraction);
        var leg2 = total - leg1;
        if (leg2 > 0 && Problem(leg2, entry, input) is not null || leg1 <= 0)
        {
            // A leg-2 piece too small to place on its own is folded into a single entry.
            leg1 = total;
            leg2 = 0;
        }
        var problem = Problem(leg1, entry, input);
        var fee = 1 + s.FeeReserve;
        return new SizingPlan(entry, stop, leg1, leg2, perUnit * (leg1 + leg2), leg1 * entry * fee, leg2 * entry * fee, problem);

        SizingPlan Fail(string why) => new(0, 0, 0, 0, 0, 0, 0, why);
    }

    /// <summary>Why an order of <paramref name="quantity"/> at <paramref name="price"/> is not allowed, or null.</summary>
    public static string? Problem(decimal quantity, decimal price, GateInput input)
    {
        var rules = input.Market.Instrument.Rules;
        if (rules.Violation(quantity, price) is { } violation) return violation;
        var value = quantity * price;
        if (value < input.Settings.MinOrderQuote)
            return $"order value {Text(value)} is below Qari's floor of {Text(input.Settings.MinOrderQuote)}";
        return null;
    }

    private static string Text(decimal d) => d.ToString(CultureInfo.InvariantCulture);
}
