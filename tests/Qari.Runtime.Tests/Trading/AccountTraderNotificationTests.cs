using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Qari.Runtime.Demo;
using Qari.Runtime.Notifications;
using Qari.Runtime.Tests.Notifications;
using Qari.Simulator.Accounts;
using Qari.Trading.Risk;

namespace Qari.Runtime.Tests.Trading;

/// <summary>
/// The trader's notifications end to end: the demo runtime (simulator, scanner, trader) with a Telegram notifier
/// pointed at the fake Bot API. A Telegram that does not answer must not hold up a cycle; the entry arrives once it
/// answers; a revoked key raises one invalid-key alert; the token never appears in the runtime's logs.
/// </summary>
public sealed class AccountTraderNotificationTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "qari-notify-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Cycle_TelegramSilentThenKeyRevoked_TradesOnAndSendsEntryThenOneInvalidKeyAlert()
    {
        await using var fake = await FakeBotApi.StartAsync();
        fake.Hang = true;
        var log = new CapturingLogger();
        using var logs = LoggerFactory.Create(b => b.AddProvider(log).SetMinimumLevel(LogLevel.Trace));
        var notifier = TelegramNotifier.Create(TelegramNotifierTests.Options(fake.BaseUrl), logs.CreateLogger("qari.telegram")).Value;
        var data = DemoData.Find() ?? throw new InvalidOperationException("demo/data not found above the test's directory");
        var started = await DemoRuntime.StartAsync(new DemoOptions { CandleDirectory = data, DataDirectory = _dir, Speed = TimeSpan.Zero, Notifier = notifier }, logs);
        Assert.True(started.IsSuccess, started.Error?.Message);
        await using (var runtime = started.Value)
        {
            // Telegram holds every request: the cycle that fills an entry still completes (a generous guard, not a timing).
            await runtime.StepAsync([Candidate(runtime)], CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(120));
            Assert.NotEmpty(runtime.Trader.Engine.ActiveTrades);
            fake.Release();
            await TelegramNotifierTests.WaitUntil(() => fake.Texts.Any(t => t.StartsWith("Qari [demo] Entry: Entered BTC", StringComparison.Ordinal)));

            runtime.Simulator.State.Keys.Revoke(DemoSeed.KeyId);
            await runtime.StepAsync(CancellationToken.None);
            await runtime.StepAsync(CancellationToken.None);
            await notifier.StopAsync(TimeSpan.FromSeconds(30));
        }

        var alert = Assert.Single(fake.Texts, t => t.Contains("Invalid key", StringComparison.Ordinal));
        Assert.StartsWith("Qari [demo] Invalid key: Binance refused the API key (InvalidKey", alert, StringComparison.Ordinal);
        TelegramSecretLeakTests.AssertNoToken(log.All);
        await notifier.DisposeAsync();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    // Entry zone just above the market (leg 1 fills at once), stop band 15% below, R/R above 3.
    private static TradeCandidate Candidate(DemoRuntime runtime)
    {
        var btc = new Qari.Model.Ids.Symbol("BTC", "USDT");
        var price = runtime.Simulator.State.Feed.PriceAt(btc, runtime.Simulator.State.NowMs)!.Value;
        return new TradeCandidate(btc, 80m, price * 1.002m, price * 1.004m, price * 0.85m, price * 1.6m, price * 1.9m, 3.5m,
            "test candidate", "added by the test to drive the execution path", []);
    }
}
