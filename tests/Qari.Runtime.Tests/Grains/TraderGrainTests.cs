using Microsoft.Data.Sqlite;
using Qari.Trading.Events;

namespace Qari.Runtime.Tests.Grains;

public sealed class TraderGrainTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "qari-trader-grain-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task ReconcileReminder_WithoutAnyCycle_ReconcilesTheTraderAgain()
    {
        await using var run = await FailoverCluster.StartAsync(_dir, postgres: null, reconcilePeriod: TimeSpan.FromSeconds(2));
        var status = await run.Trader.StartAsync();
        Assert.Equal(1, status.Epoch);
        var trader = Assert.Single(run.Composition.Created);
        var atStart = Reconciliations(run);
        Assert.Equal(1, atStart);

        // No candle closes: only the durable schedule can make the trader reconcile again.
        for (var i = 0; i < 100 && Reconciliations(run) < atStart + 2; i++) await Task.Delay(100);

        Assert.True(Reconciliations(run) >= atStart + 2, $"{Reconciliations(run)} reconciliations after the reminder period, {atStart} at start");
        Assert.Same(trader, Assert.Single(run.Composition.Created));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    private static int Reconciliations(FailoverCluster run) => Qari.Runtime.Journal.JournalReader.Read(run.Venue.Journal, Qari.Runtime.Demo.DemoRuntime.DemoAccount, thisRunOnly: true).Value.Inputs.Count(e => e is ReconciliationApplied);
}
