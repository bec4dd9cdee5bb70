using System.Globalization;
using Microsoft.Data.Sqlite;
using Qari.Model.Ids;
using Qari.Model.Orders;
using Qari.Runtime.Journal;
using Qari.Runtime.Live;
using Qari.Runtime.Trading;
using Qari.Simulator.Accounts;
using Qari.Trading.Events;
using Qari.Trading.Journal;
using Qari.Trading.Risk;

namespace Qari.Cli.Tests.Crash;

/// <summary>
/// What must hold after the kills (issue #8), read from the simulator's own records and compared with the journal:
/// no duplicate orders, every open position covered by one resting stop in the band, every venue order journaled
/// before it was sent, journaled fills = venue fills, and the engine rebuilt from the journal holding what the venue holds.
/// </summary>
internal static class CrashChecks
{
    // Below the exchange's minimum order value a remainder cannot be sold or protected. What a stop leaves uncovered is
    // less than one lot step (the fee-dust of the open trade plus what earlier trades left, which it takes over), far
    // below this; the dust of many trades left unattributed used to add up past it (BNB: ~0.0006 a trade, ≈ $0.45).
    // Only once the held value reaches it must a stop rest at all.
    private const decimal MinNotional = 5m;

    public static async Task<string> AssertAllAsync(CrashHarness h, IReadOnlyList<string> symbols)
    {
        var venue = await VenueRecords.ReadAsync(h.Control, DemoSeed.AccountId);
        var why = h.Diagnostics();
        var account = LiveRuntime.AccountFor(ExchangeId.Binance, DemoSeed.KeyId);

        // Trades happened: entries filled and stops were placed, so the checks below mean something.
        Assert.True(venue.Orders.Any(o => o.Side == "Buy" && o.Executed > 0), "no entry ever filled\n" + why);
        Assert.True(venue.Orders.Any(o => o.Type == "StopMarket"), "no stop was ever placed\n" + why);

        // No duplicate orders: every client id once, every order Qari's, no two live orders for one purpose.
        var duplicates = venue.Orders.GroupBy(o => o.ClientOrderId).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(duplicates.Count == 0, $"client ids sent twice: {string.Join(", ", duplicates)}\n{why}");
        var parsed = venue.Orders.ToDictionary(o => o.Id, o => Parse(o.ClientOrderId, why));
        var open = venue.Orders.Where(o => o.IsOpen).ToList();
        var samePurpose = open.GroupBy(o => (parsed[o.Id].Trade, parsed[o.Id].Leg)).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(samePurpose.Count == 0, $"two live orders for one purpose: {string.Join(", ", samePurpose)}\n{why}");

        // No lost fills, closed trades included: each trade's position, rebuilt from the journal, is what the venue's fills
        // of its orders add up to, plus the dust of earlier trades it took over (a fill the engine never learnt of leaves
        // coins on the venue that no stop covers). Checked before the stops, since an uncovered holding would come from it.
        using var store = JournalStore.Open(h.JournalDirectory, 0);
        var restored = EngineRestorer.Restore(store, LiveRuntime.ProfileFor(account), TradingSettings.Default, PlanCaps.Default, new RiskGate(new SingleNodeEntryLock()));
        Assert.True(restored.IsSuccess, restored.Error?.Message);
        foreach (var t in restored.Value.Engine.AllTrades.Values)
        {
            var net = venue.Orders.Where(o => parsed[o.Id].Trade == t.Id.Value).SelectMany(o => o.Fills.Select(f => (o.Side, f)))
                .Sum(x => x.Side == "Buy" ? x.f.Quantity - (x.f.FeeAsset == t.Symbol.Base ? x.f.Fee : 0m) : -x.f.Quantity);
            Assert.True(net == t.Position.Quantity - t.Position.Adopted,
                $"trade {t.Id} {t.Symbol} ({t.Phase}): engine holds {t.Position.Quantity} ({t.Position.Adopted} of it earlier trades' dust), venue fills net {net}\n{Orders(venue, t.Symbol.ToString(), t.Id.Value, parsed)}\n{why}");
        }

        // Every open position is covered by exactly one resting stop, 10–30% below the average entry (or raised to break-even after PT1).
        foreach (var symbol in symbols)
        {
            var asset = symbol.Split('/')[0];
            var held = venue.Balances.GetValueOrDefault(asset);
            var price = venue.LastPrices[symbol];
            if (held * price < MinNotional) continue;
            var stops = open.Where(o => o.Symbol == symbol && o.Type == "StopMarket" && o.Side == "Sell").ToList();
            Assert.True(stops.Count == 1, $"{symbol}: {held} held (≈{held * price:0.##} USDT) but {stops.Count} resting stops\n{Orders(venue, symbol)}\n{why}");
            var stop = stops[0];
            Assert.True(stop.Quantity <= held && (held - stop.Quantity!.Value) * price < MinNotional,
                $"{symbol}: {held} held but the stop covers {stop.Quantity}\n{Orders(venue, symbol)}\n{why}");
            var trade = parsed[stop.Id].Trade;
            var buys = venue.Orders.Where(o => parsed[o.Id].Trade == trade && o.Side == "Buy").SelectMany(o => o.Fills).ToList();
            Assert.NotEmpty(buys);
            var average = buys.Sum(f => f.Price * f.Quantity) / buys.Sum(f => f.Quantity);
            var sold = venue.Orders.Any(o => parsed[o.Id].Trade == trade && o.Side == "Sell" && o.Executed > 0);
            Assert.True(stop.StopPrice >= average * 0.70m && stop.StopPrice <= average * (sold ? 1.01m : 0.90m),
                $"{symbol}: stop {stop.StopPrice} for average entry {average} (sold before: {sold})\n{why}");
        }

        // The journal agrees with the exchange: each venue order was journaled before it was sent, and the fills match.
        var journaledOrders = JournaledOrderIds(h.JournalDirectory);
        var unjournaled = venue.Orders.Select(o => o.ClientOrderId).Where(id => !journaledOrders.Contains(id)).ToList();
        Assert.True(unjournaled.Count == 0, $"orders on the venue never journaled: {string.Join(", ", unjournaled)}\n{why}");
        var history = JournalReader.Read(store, account);
        Assert.True(history.IsSuccess, history.Error?.Message);
        var submitted = history.Value.Outputs.OfType<OrderSubmitted>().Select(s => s.Spec.Id.Value).ToHashSet(StringComparer.Ordinal);
        Assert.True(venue.Orders.All(o => submitted.Contains(o.ClientOrderId)), "a venue order has no OrderSubmitted entry\n" + why);
        var venueFills = venue.Orders.SelectMany(o => o.Fills).Select(f => f.TradeId.ToString(CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal).ToList();
        var journaledFills = history.Value.Inputs.SelectMany(Fills).Select(f => f.FillId).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.True(venueFills.SequenceEqual(journaledFills),
            $"venue fills [{string.Join(",", venueFills)}] vs journaled [{string.Join(",", journaledFills)}]\n{why}");

        var logs = string.Join("\n", h.ServeLogs);
        return $"{h.ServeLogs.Count} serve runs; venue: {venue.Orders.Count} orders ({venue.Orders.Count(o => o.Type == "StopMarket")} stops, " +
            $"{venue.Orders.Count(o => o.Side == "Sell" && o.Type != "StopMarket")} take-profit/exit sells, {venue.Orders.Count(o => o.Status == "Canceled")} cancelled, {open.Count} open), " +
            $"{venueFills.Count} fills, {restored.Value.Engine.AllTrades.Count} trades ({restored.Value.Engine.ActiveTrades.Count} open); serve logs: " +
            $"{Count(logs, "→ Unknown")} unknown outcomes, {Count(logs, "DEGRADED")} degraded, {Count(logs, "engine restored from")} restores, {Count(logs, "stop ")} stop lines";
    }

    private static string Orders(VenueRecords venue, string symbol) => string.Join("\n", venue.Orders.Where(o => o.Symbol == symbol).Select(Line));

    private static string Orders(VenueRecords venue, string symbol, long trade, Dictionary<long, (long Trade, OrderLeg Leg)> parsed) =>
        string.Join("\n", venue.Orders.Where(o => o.Symbol == symbol && parsed[o.Id].Trade == trade).Select(Line));

    private static string Line(VenueRecords.Order o) =>
        $"  {o.ClientOrderId} {o.Side} {o.Type} {o.Status} qty {o.Quantity} executed {o.Executed} price {o.Price} stop {o.StopPrice} fills [{string.Join(", ", o.Fills.Select(f => $"{f.TradeId}: {f.Quantity} fee {f.Fee} {f.FeeAsset}"))}]";

    private static int Count(string text, string what)
    {
        var n = 0;
        for (var i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + what.Length, StringComparison.Ordinal)) n++;
        return n;
    }

    private static IEnumerable<OrderFilled> Fills(EngineEvent e) => e switch
    {
        OrderFilled f => [f],
        ReconciliationApplied r => r.Events.OfType<OrderFilled>(),
        _ => [],
    };

    private static (long Trade, OrderLeg Leg) Parse(string clientId, string why)
    {
        Assert.True(ClientOrderId.TryParse(clientId, out _, out var trade, out var leg, out _), $"'{clientId}' is not a Qari client id\n{why}");
        return (trade.Value, leg);
    }

    private static HashSet<string> JournaledOrderIds(string directory)
    {
        using var db = new SqliteConnection($"Data Source={JournalStore.PathFor(directory)};Mode=ReadOnly;Pooling=False");
        db.Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = "SELECT client_id FROM orders";
        using var reader = cmd.ExecuteReader();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read()) ids.Add(reader.GetString(0));
        return ids;
    }
}
