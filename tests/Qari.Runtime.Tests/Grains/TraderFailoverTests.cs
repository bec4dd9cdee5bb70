using Microsoft.Data.Sqlite;
using Qari.Model.Ids;
using Qari.Model.Orders;
using Qari.Runtime.Grains;
using Qari.Runtime.Demo;
using Qari.Runtime.Journal;
using Qari.Simulator.Accounts;

namespace Qari.Runtime.Tests.Grains;

/// <summary>
/// Failover: the silo hosting an account's trader is killed while the trader is mid-cycle; the trader grain comes
/// back on the other silo, claims a new ownership epoch, rebuilds its engine, reconciles with the simulator and
/// places no duplicate order; the old, stale trader is fenced and places nothing. Every assertion about orders reads
/// the simulator's own records. On PostgreSQL the journal and the fencing epochs are in PostgreSQL too (shared by the nodes).
/// </summary>
public sealed class TraderFailoverTests : IDisposable
{
    private static readonly Symbol Btc = new("BTC", "USDT");
    private static readonly Symbol Eth = new("ETH", "USDT");
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "qari-failover-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public Task KillSilo_MidCycle_TraderMovesReconcilesAndPlacesNoDuplicate() => KillAndRecover(postgres: null);

    [PostgresFact]
    public Task KillSilo_MidCycle_WithPostgresMembership_TraderMovesAndPlacesNoDuplicate() =>
        KillAndRecover(Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    private async Task KillAndRecover(string? postgres)
    {
        await using var run = await FailoverCluster.StartAsync(_dir, postgres);
        await run.Scanner.WarmUpAsync(run.Venue.CloseMs);
        var first = await run.Trader.StartAsync();

        // A protected position: the known BTC candidate fills at once and its stop rests on the venue.
        var opened = await run.Scanner.CandleClosedAsync(run.Venue.Advance(), [run.Candidate(Btc)]);
        Assert.Null(Assert.Single(opened.Accounts).Failure);
        var stopsBefore = run.RestingStops(Btc);
        Assert.Single(stopsBefore);

        // Mid-cycle: the trader is held inside its next cycle (which carries an ETH candidate) when its silo dies.
        run.Gate.Arm();
        var interrupted = run.Scanner.CandleClosedAsync(run.Venue.Advance(), [run.Candidate(Eth)]);
        await run.Gate.Entered.WaitAsync(TimeSpan.FromSeconds(30));
        await run.KillAsync(first.Silo);
        await Swallow(interrupted);

        // The next candle closes: the trader grain activates on the surviving silo and takes the cycle.
        var moved = await NextCycleReachingTheTrader(run, first.Silo);
        Assert.NotEqual(first.Silo, moved.Silo);
        Assert.True(moved.Epoch > first.Epoch, $"epoch {moved.Epoch} after failover, {first.Epoch} before");
        Assert.False(moved.Fenced);
        Assert.Equal(1, moved.OpenTrades);

        // The old trader, released now, finds its epoch superseded: it journals nothing more and places nothing.
        var old = run.Composition.Created[0];
        run.Gate.Release();
        for (var i = 0; i < 100 && !old.Fenced; i++) await Task.Delay(100);
        Assert.True(old.Fenced, "the stale trader was not fenced");
        Assert.Equal(first.Epoch, old.Epoch);
        Assert.Equal(moved.Epoch, run.Ownership.CurrentEpoch(DemoRuntime.DemoAccount));

        // From the simulator's own records: no duplicate, the one stop untouched, no ETH order from the interrupted cycle.
        var engine = run.Venue.Simulator.State.Engine;
        var orders = run.Venue.Universe.SelectMany(s => engine.AllOrders(DemoSeed.AccountId, s)).ToList();
        Assert.Equal(orders.Count, orders.Select(o => o.ClientOrderId).Distinct().Count());
        Assert.Empty(engine.AllOrders(DemoSeed.AccountId, Eth));
        Assert.Equal(stopsBefore, run.RestingStops(Btc));
        foreach (var (asset, free, locked) in engine.Balances(DemoSeed.AccountId).Where(b => b.Asset != "USDT" && b.Free + b.Locked > 0))
        {
            var stop = Assert.Single(engine.OpenOrders(DemoSeed.AccountId, new Symbol(asset, "USDT")), o => o.Type == OrderType.StopMarket && o.Side == OrderSide.Sell);
            Assert.True(stop.Quantity <= free + locked, $"{asset}: stop for {stop.Quantity}, {free + locked} held");
        }

        // With PostgreSQL, membership really went through it: both silos registered, the killed one declared dead.
        // and the trader's reconciliation reminder is one durable row, kept across the move.
        if (postgres is not null)
        {
            // The journal the moved trader restored from is PostgreSQL's: no SQLite file was ever written.
            Assert.IsType<PostgresJournal>(run.Venue.Journal);
            Assert.False(File.Exists(JournalStore.PathFor(_dir)));
            Assert.Contains(run.Venue.Journal.Rows(DemoRuntime.DemoAccount, thisRunOnly: true), r => r.Kind == "TradeOpened");
            Assert.Equal([3, 6], await run.MembershipStatusesAsync(postgres));
            Assert.Equal(1, await run.RemindersAsync(postgres, TraderGrain.ReconcileReminder));
        }
    }

    private static async Task<TraderStatus> NextCycleReachingTheTrader(FailoverCluster run, string deadSilo)
    {
        var failures = new List<string>();
        for (var attempt = 0; attempt < 20; attempt++)
        {
            try
            {
                var report = await run.Scanner.CandleClosedAsync(run.Venue.Advance(), []);
                var outcome = Assert.Single(report.Accounts);
                if (outcome.Status is { } status && status.Silo != deadSilo) return status;
                failures.Add(outcome.Failure ?? $"still on {outcome.Status?.Silo}");
            }
            catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
            {
                // The scanner itself may have lived on the killed silo: the next close reactivates it.
                failures.Add($"{ex.GetType().Name}: {ex.Message}");
            }
            await Task.Delay(500);
        }
        throw new Xunit.Sdk.XunitException("the trader never came back on another silo: " + string.Join(" | ", failures));
    }

    private static async Task Swallow(Task<CycleReport> interrupted)
    {
        try
        {
            var report = await interrupted.WaitAsync(TimeSpan.FromSeconds(60));
            Assert.NotNull(Assert.Single(report.Accounts).Failure);
        }
        catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
        {
            // The scanner lived on the killed silo too: the cycle died with it, as it would with the process.
        }
    }
}
