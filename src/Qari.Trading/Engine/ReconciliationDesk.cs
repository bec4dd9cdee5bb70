using System.Globalization;
using Qari.Trading.Commands;
using Qari.Trading.Events;
using Qari.Trading.Execution;
using Qari.Trading.Journal;

namespace Qari.Trading.Engine;

/// <summary>Applies a reconciliation's corrections inside the engine (so replaying the journal passes the same way).</summary>
internal sealed class ReconciliationDesk(EngineCore core, Action<EngineEvent> dispatch)
{
    public void Apply(ReconciliationApplied r)
    {
        core.ReconciliationWanted = false;
        foreach (var e in r.Events) dispatch(e);
        foreach (var id in r.Queries)
            if (core.Orders.Find(id) is { IsLive: true } order) core.Query(order);
        foreach (var (id, symbol) in r.OrphanCancels)
        {
            core.Emit(new CancelOrder(id, symbol));
            core.Record(new CancelSubmitted(core.Now, id, "reconciliation: orphaned Qari order"));
        }
        foreach (var (subject, message) in r.Findings) FlagOnce(subject, message);

        // Coins, after the corrections: more than our positions hold is someone else's; less left outside Qari.
        var held = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var t in core.Active.Values) held[t.Symbol.Base] = held.GetValueOrDefault(t.Symbol.Base) + t.Position.Quantity;
        KeepDustTheVenueHolds(r, held);
        var quotes = core.Active.Values.Select(t => t.Symbol.Quote).Concat(["USDT", "USD", "USDC"]).ToHashSet(StringComparer.Ordinal);
        foreach (var (asset, total) in r.Balances.OrderBy(b => b.Key, StringComparer.Ordinal))
        {
            if (quotes.Contains(asset) || total <= 0) continue;
            var ours = held.GetValueOrDefault(asset);
            if (total > ours) FlagOnce($"balance {asset}", $"{T(total - ours)} {asset} held on the exchange that Qari did not buy; left untouched");
        }
        foreach (var (asset, ours) in held.OrderBy(b => b.Key, StringComparer.Ordinal))
        {
            var total = r.Balances.GetValueOrDefault(asset);
            if (total < ours) FlagOnce($"shortfall {asset}", $"the exchange holds {T(total)} {asset} but open positions need {T(ours)}");
        }
        ResizeStops(r);
    }

    // A stop or exit sell refused for insufficient balance is sized to what the venue holds when that is less than the
    // position (the venue refuses an order for coins it lacks, and one that covers what is there protects or sells it) and
    // sent again at once instead of backing off; the shortfall itself is flagged above, never hidden. Without a refusal a
    // lower balance re-sizes nothing: it may have been read before a fill that the same reconciliation adopted. A venue
    // found holding enough lifts the cap. Only a trade alone on its base asset is capped: between two, which one lacks
    // coins is unknown.
    private void ResizeStops(ReconciliationApplied r)
    {
        var byBase = core.Active.Values.GroupBy(t => t.Symbol.Base, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var t in core.Active.Values)
        {
            var total = r.Balances.GetValueOrDefault(t.Symbol.Base);
            if (total >= t.Position.Quantity || byBase[t.Symbol.Base] > 1) t.VenueHeld = null;
            else if (t.StopAwaitsReconciliation || t.SellAwaitsReconciliation) t.VenueHeld = Math.Max(0m, total);
            if (t.StopAwaitsReconciliation)
            {
                t.StopAwaitsReconciliation = false;
                t.StopReconciled = true;
                t.StopRetryAt = null;
            }
            if (t.SellAwaitsReconciliation)
            {
                t.SellAwaitsReconciliation = false;
                t.SellReconciled = true;
                t.SellRetryAt = null;
                t.SellResume = true;
            }
        }
    }

    // Closed trades' dust is carried into the next trade only as far as the venue still holds it beyond the open
    // positions (the user may have sold or spent it): adopting coins that are gone would size a stop the venue refuses.
    // What is kept counts as Qari's, so it is not reported as coins Qari did not buy.
    private void KeepDustTheVenueHolds(ReconciliationApplied r, Dictionary<string, decimal> held)
    {
        foreach (var symbol in core.Dust.Keys.OrderBy(s => s.ToString(), StringComparer.Ordinal).ToList())
        {
            var spare = Math.Max(0m, r.Balances.GetValueOrDefault(symbol.Base) - held.GetValueOrDefault(symbol.Base));
            var kept = Math.Min(core.Dust[symbol], spare);
            if (kept <= 0) core.Dust.Remove(symbol);
            else core.Dust[symbol] = kept;
            held[symbol.Base] = held.GetValueOrDefault(symbol.Base) + kept;
        }
    }

    private void FlagOnce(string subject, string message)
    {
        if (core.Flagged.Add(subject)) core.Flag(subject, message);
    }

    private static string T(decimal d) => d.ToString(CultureInfo.InvariantCulture);
}
