using Qari.Exchanges.Abstractions;
using Qari.Model.Ids;
using Qari.Model.Orders;
using Qari.Model.Results;

namespace Qari.Exchanges.Tests.Contract;

/// <summary>Set-up shared by the contract tests: a fresh simulator per test and adapters for the seeded keys.</summary>
public abstract class ContractTestBase(ExchangeId exchange) : IAsyncLifetime
{
    protected static readonly Symbol Btc = new("BTC", "USDT");
    private static int _nextTrade = 1;

    protected ExchangeId ExchangeUnderTest { get; } = exchange;
    protected ContractSimulator Sim { get; private set; } = null!;
    protected ISpotExchange Trader { get; private set; } = null!;
    protected CancellationToken Ct => CancellationToken.None;

    /// <summary>The minimum notional the adapter reports for BTC/USDT (0 for exchanges that publish none, e.g. OKX).</summary>
    protected virtual decimal ExpectedMinNotional => 5m;

    /// <summary>The error kind this exchange can report for <paramref name="kind"/> (some exchanges fold several into one code).</summary>
    protected virtual ErrorKind Expected(ErrorKind kind) => kind;

    /// <summary>What this exchange's key report shows for an IP restriction that is really <paramref name="reported"/> (Unknown where the exchange does not expose it).</summary>
    protected virtual Permission ExpectedIpRestriction(Permission reported) => reported;

    public async Task InitializeAsync()
    {
        Sim = await ContractSimulator.StartAsync(ExchangeUnderTest);
        Trader = Sim.Connect(ContractSeed.Trader);
        // Warm up (server-clock sync, symbol learning) so injected faults hit the call under test.
        Ok(await Trader.GetBalancesAsync(Ct));
    }

    public async Task DisposeAsync() => await Sim.DisposeAsync();

    /// <summary>A fresh deterministic client order id.</summary>
    protected static ClientOrderId NewId(OrderLeg leg = OrderLeg.Entry1) => ClientOrderId.Create(new TradeId(Interlocked.Increment(ref _nextTrade)), leg, 0);

    protected static T Ok<T>(Result<T> result) => result.IsSuccess ? result.Value : throw new Xunit.Sdk.XunitException($"expected success, got {result.Error}");

    protected void AssertKind<T>(Result<T> result, ErrorKind kind)
    {
        Assert.False(result.IsSuccess, $"expected {kind}, got success {result}");
        Assert.Equal(Expected(kind), result.Error!.Kind);
    }

    protected async Task<decimal> FreeAsync(string asset, ISpotExchange? exchange = null) =>
        Ok(await (exchange ?? Trader).GetBalancesAsync(Ct)).FirstOrDefault(b => b.Asset == asset)?.Free ?? 0m;

    protected async Task<decimal> LockedAsync(string asset) =>
        Ok(await Trader.GetBalancesAsync(Ct)).FirstOrDefault(b => b.Asset == asset)?.Locked ?? 0m;
}
