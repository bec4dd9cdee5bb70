using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Qari.Exchanges;
using Qari.Exchanges.Http;
using Qari.Model.Ids;
using Qari.Runtime.Health;
using Qari.Runtime.Journal;
using Qari.Runtime.Trading;
using Qari.Trading.Engine;
using Qari.Trading.Events;
using Qari.Trading.Risk;

namespace Qari.Runtime.Tests.Trading;

/// <summary>The trader's own failure path: an engine error stops it, fails the waiting caller and notifies the user.</summary>
public sealed class AccountTraderTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "qari-trader-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task RunAsync_EngineError_StopsTraderAndSendsEngineErrorAlert()
    {
        var account = new AccountId(Guid.NewGuid());
        using var http = new HttpClient();
        using var limits = new RateLimitRegistry(TimeProvider.System);
        using var key = new InMemoryCredentials("unused-key", "unused-secret");
        // Never called: the work below fails before any request.
        var exchange = SpotExchangeFactory.Create(SpotExchangeFactory.CreateHttpClient(ExchangeId.Binance, http, new ExchangeHttpOptions(new Uri("http://127.0.0.1:9/")),
            limits, TimeProvider.System, NullLogger.Instance), key);
        using var journal = JournalStore.Open(_dir, 0);
        var profile = new AccountProfile(account, new UserId(Guid.NewGuid()), Plan.SelfHosted, null, Waiver: false, AutoTrading: true, new HashSet<Symbol>());
        var engine = new TradingEngine(profile, TradingSettings.Default, PlanCaps.Default, new RiskGate(new SingleNodeEntryLock()));
        var notifier = new RecordingNotifier();
        var trader = new AccountTrader(new TraderContext(account, "carol", exchange, engine, journal, new RuntimeMetrics(), TimeProvider.System, notifier), NullLogger.Instance);
        var loop = trader.RunAsync(CancellationToken.None);

        var work = trader.EnqueueAsync(_ => throw new InvalidOperationException("invariant broken\nsecond line"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => work);
        await Assert.ThrowsAsync<InvalidOperationException>(() => loop);
        var alert = Assert.Single(notifier.Received);
        Assert.Equal("carol EngineError: trader stopped (InvalidOperationException: invariant broken); it needs attention before it trades again", alert);
        await Assert.ThrowsAsync<InvalidOperationException>(() => trader.PostAsync(new TimerTick(DateTimeOffset.UnixEpoch)));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }
}
