using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Qari.Exchanges;
using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Http;
using Qari.Model.Ids;
using Qari.Model.Orders;
using Qari.Runtime.Demo;
using Qari.Runtime.Health;
using Qari.Runtime.Scanning;
using Qari.Runtime.Trading;
using Qari.Simulator.Accounts;
using Qari.Trading.Execution;
using Qari.Trading.Risk;

namespace Qari.Runtime.Tests.Trading;

/// <summary>
/// Refusals the simulator makes for real, over loopback HTTP, and what the trader does about them in the same work instead
/// of leaving them to the back-off (a minute doubling to 16): a stop refused for its timestamp (our clock stepped) is sent
/// again at once after the adapter measured the clock again; an exit sell refused for insufficient balance (the owner sold
/// coins on the website) reads the venue's balance and sells again, re-sized, with the stop covering what is left.
/// </summary>
public sealed class AccountTraderRefusalTests : IDisposable
{
    private static readonly Symbol Btc = new("BTC", "USDT");
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "qari-refusal-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task CycleAsync_StopRefusedForItsTimestamp_ClockMeasuredAgainAndStopPlacedInTheSameWork()
    {
        await using var venue = await StartVenueAsync();
        using var http = new HttpClient();
        var clock = new SteppingClock(venue.Simulator.State.Clock);
        var pipeline = SpotExchangeFactory.CreateHttpClient(ExchangeId.Binance, http,
            new ExchangeHttpOptions(venue.Simulator.BaseUrl) { ClockResyncInterval = TimeSpan.FromDays(1) }, venue.Limits, clock);
        using var key = new InMemoryCredentials(DemoSeed.KeyId, DemoSeed.Secret);
        // Our clock falls 10 s behind the venue's (Binance's default recvWindow is 5 s) just before the stop is sent.
        var stepping = new ClockSteppingExchange(SpotExchangeFactory.Create(pipeline, key), clock, TimeSpan.FromSeconds(10));

        var trader = await EnterAsync(venue, _ => stepping, (_, _) => Task.CompletedTask);

        Assert.Equal(2, stepping.Calls.Count);
        Assert.StartsWith("stop ", stepping.Calls[0], StringComparison.Ordinal);
        Assert.EndsWith(" refused TimestampOutOfWindow", stepping.Calls[0], StringComparison.Ordinal);
        Assert.EndsWith(" accepted", stepping.Calls[1], StringComparison.Ordinal);
        Assert.NotEqual(stepping.Calls[0].Split(' ')[1], stepping.Calls[1].Split(' ')[1]); // a new client id for the new order
        Assert.InRange(pipeline.Clock.Offset, TimeSpan.FromSeconds(9), TimeSpan.FromSeconds(11)); // measured again
        var trade = Assert.Single(trader.Engine.ActiveTrades.Values);
        var resting = Assert.Single(trader.Engine.Orders.Orders, o => o.Spec.Trade == trade.Id && o.Spec.Leg == OrderLeg.Stop && o.IsLive);
        Assert.Equal(OrderState.New, resting.State);
        Assert.Null(trade.StopRetryAt);
        Assert.Single(venue.Simulator.State.Engine.OpenOrders(DemoSeed.AccountId, Btc), o => o.Type == OrderType.StopMarket);
    }

    [Fact]
    public async Task CycleAsync_ExitSellRefusedForInsufficientBalance_ReconcilesAndSellsWhatIsHeldInTheSameWork()
    {
        await using var venue = await StartVenueAsync();
        SellingElsewhereExchange? selling = null;

        var trader = await EnterAsync(venue, _ => selling = new SellingElsewhereExchange(venue.Exchange, venue.Simulator.State.Engine, 0.25m),
            async (trader, scanner) =>
            {
                // The next candle: the market jumps to PT1, so the engine frees the stop and sells 40% at market.
                var scan = await scanner.OnCandleClosedAsync(venue.Advance(), CancellationToken.None);
                var trade = Assert.Single(trader.Engine.ActiveTrades.Values);
                var price = trade.Rules.FloorPrice(trade.Candidate.Target1 * 1.01m);
                venue.Simulator.State.Engine.PushPrice(Btc, price);
                await trader.CycleAsync(scan with { Candidates = [], Prices = new Dictionary<Symbol, decimal> { [Btc] = price } }, new HashSet<Symbol>());
            });

        Assert.NotNull(selling);
        var calls = selling.Calls.ToList();
        var refused = calls.FindIndex(c => c.EndsWith(" refused InsufficientBalance", StringComparison.Ordinal));
        Assert.True(refused >= 0, string.Join("; ", calls) + " | " + string.Join("; ", trader.Engine.Orders.Orders));
        var reconciled = calls.FindIndex(refused, c => c == "open orders");
        Assert.True(reconciled > refused, string.Join("; ", calls));
        var sold = calls.FindIndex(reconciled, c => c.StartsWith("sell ", StringComparison.Ordinal) && c.Contains(" filled ", StringComparison.Ordinal));
        Assert.True(sold > reconciled, string.Join("; ", calls));

        var trade = Assert.Single(trader.Engine.ActiveTrades.Values);
        Assert.True(trade.Pt1Done);
        Assert.False(trader.Engine.ReconciliationWanted);
        // The stop covers exactly what the venue still holds: the coins sold elsewhere are not counted on.
        var held = venue.Simulator.State.Engine.Balances(DemoSeed.AccountId).Single(b => b.Asset == "BTC");
        var resting = Assert.Single(trader.Engine.Orders.Orders, o => o.Spec.Trade == trade.Id && o.Spec.Leg == OrderLeg.Stop && o.IsLive);
        Assert.Equal(OrderState.New, resting.State);
        Assert.Equal(trade.Rules.FloorQuantity(held.Free + held.Locked), resting.Spec.Quantity);
        Assert.True(resting.Spec.Quantity < trade.Rules.FloorQuantity(trade.Position.Quantity));
    }

    private async Task<DemoVenue> StartVenueAsync()
    {
        var data = DemoData.Find() ?? throw new InvalidOperationException("demo/data not found above the test's directory");
        var options = Options(data);
        var started = await DemoVenue.StartAsync(options, NullLoggerFactory.Instance, CancellationToken.None);
        Assert.True(started.IsSuccess, started.Error?.Message);
        return started.Value;
    }

    private DemoOptions Options(string data) => new() { CandleDirectory = data, DataDirectory = _dir, Speed = TimeSpan.Zero, WarmUpDays = 10, MinScore = null };

    // Runs a trader whose adapter is made by traderExchange through one cycle that enters BTC (leg 1 fills, the stop is
    // placed), then whatever more the test does, and stops it.
    private async Task<AccountTrader> EnterAsync(DemoVenue venue, Func<AccountId, ISpotExchange> traderExchange, Func<AccountTrader, Scanner, Task> then)
    {
        var composition = new DemoComposition(venue, Options(DemoData.Find()!), new RuntimeMetrics(), NullLogger.Instance, traderExchange)
        {
            FiveMinuteHistory = TimeSpan.FromDays(1),
        };
        var scanner = (await composition.CreateScannerAsync(ExchangeId.Binance, venue.CloseMs, CancellationToken.None)).Value;
        var trader = (await composition.CreateTraderAsync(DemoRuntime.DemoAccount, CancellationToken.None)).Value.Trader;
        using var stop = new CancellationTokenSource();
        var loop = trader.RunAsync(stop.Token);

        var scan = await scanner.OnCandleClosedAsync(venue.Advance(), CancellationToken.None);
        var price = venue.Simulator.State.Feed.PriceAt(Btc, venue.Simulator.State.NowMs)!.Value;
        var candidate = new TradeCandidate(Btc, 80m, price * 1.002m, price * 1.004m, price * 0.85m, price * 1.6m, price * 1.9m, 3.5m, "test candidate", "drives an entry", []);
        await trader.CycleAsync(scan with { Candidates = [.. scan.Candidates, candidate] }, new HashSet<Symbol>());
        await then(trader, scanner);
        await stop.CancelAsync();
        await loop;
        return trader;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }
}
