using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Qari.Model.Ids;
using Qari.Runtime.Demo;
using Qari.Runtime.Health;
using Qari.Runtime.Scanning;
using Qari.Runtime.Trading;
using Qari.Simulator.Accounts;
using Qari.Trading.Risk;

namespace Qari.Runtime.Tests.Trading;

/// <summary>
/// The invalid-key alert fires once per refusal episode: cycles that make no private call in between do not re-arm it;
/// only a call that succeeds with the key again does.
/// </summary>
public sealed class AccountTraderKeyAlertTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "qari-keyalert-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Cycle_KeyRefusedOnSeveralCandidateCycles_AlertsOnceUntilTheKeyWorksAgain()
    {
        var notifier = new RecordingNotifier();
        var data = DemoData.Find() ?? throw new InvalidOperationException("demo/data not found above the test's directory");
        var options = new DemoOptions { CandleDirectory = data, DataDirectory = _dir, Speed = TimeSpan.Zero, WarmUpDays = 10, MinScore = null, Notifier = notifier };
        var started = await DemoVenue.StartAsync(options, NullLoggerFactory.Instance, CancellationToken.None);
        Assert.True(started.IsSuccess, started.Error?.Message);
        await using var venue = started.Value;
        var composition = new DemoComposition(venue, options, new RuntimeMetrics(), NullLogger.Instance) { FiveMinuteHistory = TimeSpan.FromDays(1) };
        var scanner = (await composition.CreateScannerAsync(ExchangeId.Binance, venue.CloseMs, CancellationToken.None)).Value;
        var trader = (await composition.CreateTraderAsync(DemoRuntime.DemoAccount, CancellationToken.None)).Value.Trader;
        using var stop = new CancellationTokenSource();
        var loop = trader.RunAsync(stop.Token);
        var keys = venue.Simulator.State.Keys;

        keys.Revoke(DemoSeed.KeyId);
        // Candidate cycles read balances (refused); the quiet cycles between them make no private call at all.
        for (var i = 0; i < 3; i++)
        {
            await Cycle(trader, scanner, venue, withCandidate: true);
            await Cycle(trader, scanner, venue, withCandidate: false);
        }
        Assert.Single(InvalidKeyAlerts(notifier));

        // The key works again (a private call succeeds), then is refused again: a new episode, a second alert.
        keys.Add(keys.Find(DemoSeed.KeyId, ExchangeId.Binance)! with { Revoked = false });
        await Cycle(trader, scanner, venue, withCandidate: true);
        Assert.Single(InvalidKeyAlerts(notifier));
        keys.Revoke(DemoSeed.KeyId);
        await Cycle(trader, scanner, venue, withCandidate: true);
        await Cycle(trader, scanner, venue, withCandidate: true);
        await stop.CancelAsync();
        await loop;

        Assert.Equal(2, InvalidKeyAlerts(notifier).Count);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    private static List<string> InvalidKeyAlerts(RecordingNotifier notifier) =>
        [.. notifier.Received.Where(m => m.StartsWith("demo InvalidKey:", StringComparison.Ordinal))];

    // Only the test's candidate, or none: a candidate makes the cycle read balances, none makes it read nothing private.
    private static async Task Cycle(AccountTrader trader, Scanner scanner, DemoVenue venue, bool withCandidate)
    {
        var scan = await scanner.OnCandleClosedAsync(venue.Advance(), CancellationToken.None);
        var btc = new Symbol("BTC", "USDT");
        var price = venue.Simulator.State.Feed.PriceAt(btc, venue.Simulator.State.NowMs)!.Value;
        var candidate = new TradeCandidate(btc, 80m, price * 1.002m, price * 1.004m, price * 0.85m, price * 1.6m, price * 1.9m, 3.5m,
            "test candidate", "added by the test to drive the balance read", []);
        await trader.CycleAsync(scan with { Candidates = withCandidate ? [candidate] : [] }, new HashSet<Symbol>());
    }
}
