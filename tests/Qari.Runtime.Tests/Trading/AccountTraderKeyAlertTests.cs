using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Qari.Model.Ids;
using Qari.Runtime.Demo;
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
        var started = await DemoRuntime.StartAsync(new DemoOptions { CandleDirectory = data, DataDirectory = _dir, Speed = TimeSpan.Zero, Notifier = notifier },
            NullLoggerFactory.Instance);
        Assert.True(started.IsSuccess, started.Error?.Message);
        await using var runtime = started.Value;
        var keys = runtime.Simulator.State.Keys;

        keys.Revoke(DemoSeed.KeyId);
        // Candidate cycles read balances (refused); the quiet cycles between them make no private call at all.
        for (var i = 0; i < 3; i++)
        {
            await runtime.StepAsync([Candidate(runtime)], CancellationToken.None);
            await runtime.StepAsync(CancellationToken.None);
        }
        Assert.Single(InvalidKeyAlerts(notifier));

        // The key works again (a private call succeeds), then is refused again: a new episode, a second alert.
        keys.Add(keys.Find(DemoSeed.KeyId, ExchangeId.Binance)! with { Revoked = false });
        await runtime.StepAsync([Candidate(runtime)], CancellationToken.None);
        Assert.Single(InvalidKeyAlerts(notifier));
        keys.Revoke(DemoSeed.KeyId);
        await runtime.StepAsync([Candidate(runtime)], CancellationToken.None);
        await runtime.StepAsync([Candidate(runtime)], CancellationToken.None);

        Assert.Equal(2, InvalidKeyAlerts(notifier).Count);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    private static List<string> InvalidKeyAlerts(RecordingNotifier notifier) =>
        [.. notifier.Received.Where(m => m.StartsWith("demo InvalidKey:", StringComparison.Ordinal))];

    // Entry zone just above the market, stop band 15% below, R/R above 3: it passes the gate once balances are known.
    private static TradeCandidate Candidate(DemoRuntime runtime)
    {
        var btc = new Symbol("BTC", "USDT");
        var price = runtime.Simulator.State.Feed.PriceAt(btc, runtime.Simulator.State.NowMs)!.Value;
        return new TradeCandidate(btc, 80m, price * 1.002m, price * 1.004m, price * 0.85m, price * 1.6m, price * 1.9m, 3.5m,
            "test candidate", "added by the test to drive the balance read", []);
    }
}
