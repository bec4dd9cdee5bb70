using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Qari.Model.Ids;
using Qari.Model.Orders;
using Qari.Runtime.Demo;
using Qari.Runtime.Health;
using Qari.Trading.Execution;
using Qari.Trading.Risk;

namespace Qari.Runtime.Tests.Trading;

/// <summary>
/// A stop refused for insufficient balance is not left for the back-off (a minute doubling to 16, the position bare all
/// along): the trader reads the venue's truth in the same work and the engine places the stop again, sized to what is held.
/// </summary>
public sealed class AccountTraderStopRefusedTests : IDisposable
{
    private static readonly Symbol Btc = new("BTC", "USDT");
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "qari-stoprefused-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task CycleAsync_StopRefusedForInsufficientBalance_ReconcilesAndPlacesTheStopInTheSameWork()
    {
        var data = DemoData.Find() ?? throw new InvalidOperationException("demo/data not found above the test's directory");
        var options = new DemoOptions { CandleDirectory = data, DataDirectory = _dir, Speed = TimeSpan.Zero, WarmUpDays = 10, MinScore = null };
        var started = await DemoVenue.StartAsync(options, NullLoggerFactory.Instance, CancellationToken.None);
        Assert.True(started.IsSuccess, started.Error?.Message);
        await using var venue = started.Value;
        RefusingStopExchange? refusing = null;
        var composition = new DemoComposition(venue, options, new RuntimeMetrics(), NullLogger.Instance, _ => refusing = new RefusingStopExchange(venue.Exchange))
        {
            FiveMinuteHistory = TimeSpan.FromDays(1),
        };
        var scanner = (await composition.CreateScannerAsync(ExchangeId.Binance, venue.CloseMs, CancellationToken.None)).Value;
        var trader = (await composition.CreateTraderAsync(DemoRuntime.DemoAccount, CancellationToken.None)).Value.Trader;
        using var stop = new CancellationTokenSource();
        var loop = trader.RunAsync(stop.Token);
        Assert.NotNull(refusing);
        var before = refusing.Calls.Count;

        var scan = await scanner.OnCandleClosedAsync(venue.Advance(), CancellationToken.None);
        var price = venue.Simulator.State.Feed.PriceAt(Btc, venue.Simulator.State.NowMs)!.Value;
        var candidate = new TradeCandidate(Btc, 80m, price * 1.002m, price * 1.004m, price * 0.85m, price * 1.6m, price * 1.9m, 3.5m, "test candidate", "drives an entry", []);
        await trader.CycleAsync(scan with { Candidates = [.. scan.Candidates, candidate] }, new HashSet<Symbol>());
        await stop.CancelAsync();
        await loop;

        // Refused, then the venue's open orders read (the reconciliation), then the stop sent again — all in one cycle.
        var calls = refusing.Calls.Skip(before).ToList();
        var refused = calls.FindIndex(c => c.EndsWith(" refused", StringComparison.Ordinal));
        Assert.True(refused >= 0, string.Join("; ", calls));
        var reconciled = calls.FindIndex(refused, c => c == "open orders");
        Assert.True(reconciled > refused, string.Join("; ", calls));
        Assert.True(calls.FindIndex(reconciled, c => c.StartsWith("stop ", StringComparison.Ordinal) && c.EndsWith(" sent", StringComparison.Ordinal)) > reconciled, string.Join("; ", calls));
        var engine = trader.Engine;
        Assert.False(engine.ReconciliationWanted);
        var trade = Assert.Single(engine.ActiveTrades.Values);
        var resting = Assert.Single(engine.Orders.Orders, o => o.Spec.Trade == trade.Id && o.Spec.Leg == OrderLeg.Stop && o.IsLive);
        Assert.Equal(OrderState.New, resting.State);
        Assert.Equal(trade.Rules.FloorQuantity(trade.Position.Quantity), resting.Spec.Quantity);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }
}
