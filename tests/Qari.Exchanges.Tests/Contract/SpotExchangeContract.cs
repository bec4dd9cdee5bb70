using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Http;
using Qari.Model.Ids;
using Qari.Model.Orders;
using Qari.Model.Results;
using Qari.Simulator.Control;
using Qari.Simulator.Faults;

namespace Qari.Exchanges.Tests.Contract;

/// <summary>
/// The shared adapter contract: market data, orders, key reports (inherited), error mapping for each taxonomy
/// entry driven by fault injection, and the lost-response case. Adding an exchange is one line:
/// <c>public sealed class XContractTests() : SpotExchangeContract(ExchangeId.X);</c>
/// </summary>
public abstract class SpotExchangeContract(ExchangeId exchange) : MarketAndOrderContract(exchange)
{
    [Fact]
    public async Task Errors_UnknownKey_IsInvalidKey() =>
        AssertKind(await Sim.ConnectWith("noSuchKey01", "whatever-secret").GetBalancesAsync(Ct), ErrorKind.InvalidKey);

    [Fact]
    public async Task Errors_WrongSecret_IsInvalidKey() =>
        AssertKind(await Sim.ConnectWith(ContractSeed.Trader.KeyId, "not-the-secret-0123456789").GetBalancesAsync(Ct), ErrorKind.InvalidKey);

    [Fact]
    public async Task Errors_RevokedKey_IsInvalidKey()
    {
        Ok(await Trader.GetBalancesAsync(Ct));
        await Sim.Control.RevokeKeyAsync(ContractSeed.Trader.KeyId);
        AssertKind(await Trader.GetBalancesAsync(Ct), ErrorKind.InvalidKey);
        AssertKind(await Trader.GetKeyReportAsync(Ct), ErrorKind.InvalidKey);
    }

    [Fact]
    public async Task Errors_ReadOnlyKeyPlacingAnOrder_IsPermissionDenied() =>
        AssertKind(await Sim.Connect(ContractSeed.ReadOnly).PlaceOrderAsync(OrderRequest.Limit(Btc, OrderSide.Buy, 0.1m, 45_000m, NewId()), Ct), ErrorKind.PermissionDenied);

    [Fact]
    public async Task Errors_KeyRestrictedToAnotherIp_IsIpNotAllowed() =>
        AssertKind(await Sim.Connect(ContractSeed.Elsewhere).GetBalancesAsync(Ct), ErrorKind.IpNotAllowed);

    [Fact]
    public async Task Errors_ClockJumpsAfterSync_IsTimestampOutOfWindowThenRecovers()
    {
        Ok(await Trader.GetBalancesAsync(Ct));
        await Sim.Control.AdvanceAsync(TimeSpan.FromMinutes(2));
        AssertKind(await Trader.GetBalancesAsync(Ct), ErrorKind.TimestampOutOfWindow);
        Ok(await Trader.GetBalancesAsync(Ct));
    }

    [Fact]
    public async Task Errors_OrderLargerThanFunds_IsInsufficientBalance() =>
        AssertKind(await Sim.Connect(ContractSeed.Poor).PlaceOrderAsync(OrderRequest.Limit(Btc, OrderSide.Buy, 0.1m, 45_000m, NewId()), Ct), ErrorKind.InsufficientBalance);

    [Fact]
    public async Task Errors_OrderBelowMinimumNotional_IsBelowMinimum() =>
        AssertKind(await Trader.PlaceOrderAsync(OrderRequest.Limit(Btc, OrderSide.Buy, 0.00001m, 40_000m, NewId()), Ct), ErrorKind.BelowMinimum);

    [Fact]
    public async Task Errors_PriceOffTick_IsInvalidPrecision() =>
        AssertKind(await Trader.PlaceOrderAsync(OrderRequest.Limit(Btc, OrderSide.Buy, 0.1m, 45_000.005m, NewId()), Ct), ErrorKind.InvalidPrecision);

    [Fact]
    public async Task Errors_UnknownOrder_IsUnknownOrder()
    {
        AssertKind(await Trader.GetOrderAsync(Btc, OrderRef.ByClientId(NewId()), Ct), ErrorKind.UnknownOrder);
        AssertKind(await Trader.CancelOrderAsync(Btc, OrderRef.ByClientId(NewId()), Ct), ErrorKind.UnknownOrder);
    }

    [Fact]
    public async Task Errors_SameClientIdWhileOpen_FollowsTheExchangesRule()
    {
        var id = NewId();
        var first = Ok(await Trader.PlaceOrderAsync(OrderRequest.Limit(Btc, OrderSide.Buy, 0.1m, 45_000m, id), Ct));
        var second = await Trader.PlaceOrderAsync(OrderRequest.Limit(Btc, OrderSide.Buy, 0.1m, 45_000m, id), Ct);
        if (Trader.Capabilities.DuplicateClientId == DuplicateClientIdBehaviour.ReturnsExisting)
            Assert.Equal(first.ExchangeOrderId, Ok(second).ExchangeOrderId);
        else
            AssertKind(second, ErrorKind.DuplicateClientOrderId);
        Assert.Single(Ok(await Trader.GetOpenOrdersAsync(Btc, Ct)));
    }

    [Fact]
    public async Task Errors_Http429_IsRateLimitedAndTheNodeBacksOff()
    {
        await Sim.Control.AddFaultAsync(new FaultRequest(FaultKind.Status, Count: 1, Status: 429, RetryAfterSeconds: 30));
        AssertKind(await Trader.GetBalancesAsync(Ct), ErrorKind.RateLimited);
        // The fault was used up, yet the next call is refused locally: the node waits for Retry-After.
        var next = await Sim.Connect(ContractSeed.Unrestricted).GetBalancesAsync(Ct);
        AssertKind(next, ErrorKind.RateLimited);
        Assert.Equal("backoff", next.Error!.Code);
    }

    [Fact]
    public async Task Errors_Persistent5xxOnARead_IsExchangeUnavailableAfterRetries()
    {
        await Sim.Control.AddFaultAsync(new FaultRequest(FaultKind.Status, Count: 10, Status: 503));
        var result = await Trader.GetBalancesAsync(Ct);
        AssertKind(result, ErrorKind.ExchangeUnavailable);
        Assert.True(result.Error!.Transient);
    }

    [Fact]
    public async Task Errors_One5xxOnARead_IsRetriedAndSucceeds()
    {
        await Sim.Control.AddFaultAsync(new FaultRequest(FaultKind.Status, Count: 1, Status: 502));
        Assert.Equal(100_000m, await FreeAsync("USDT"));
    }

    [Fact]
    public async Task Errors_MaintenanceWindow_IsExchangeUnavailable()
    {
        await Sim.Control.AddFaultAsync(new FaultRequest(FaultKind.Maintenance, DurationMs: 600_000));
        AssertKind(await Trader.GetInstrumentsAsync(Ct), ErrorKind.ExchangeUnavailable);
    }

    [Fact]
    public async Task Errors_5xxOnAnOrder_IsUnknownOutcomeNeverRejected()
    {
        await Sim.Control.AddFaultAsync(new FaultRequest(FaultKind.Status, Count: 1, Status: 500));
        var request = OrderRequest.Limit(Btc, OrderSide.Buy, 0.1m, 45_000m, NewId());
        AssertKind(await Trader.PlaceOrderAsync(request, Ct), ErrorKind.UnknownOutcome);
        var resolved = await UnknownOutcomeResolver.ResolveAsync(Trader, request, TimeProvider.System, Ct, attempts: 2, pause: TimeSpan.FromMilliseconds(10));
        AssertKind(resolved, ErrorKind.UnknownOrder);
        Assert.Equal(UnknownOutcomeResolver.NotPlacedCode, resolved.Error!.Code);
    }

    [Fact]
    public async Task LostResponse_OrderAcceptedThenAnswerDropped_ResolvesToTheOneOrderWithoutDuplicate()
    {
        await Sim.Control.AddFaultAsync(new FaultRequest(FaultKind.DropAfterAccept, Count: 1));
        var request = OrderRequest.Limit(Btc, OrderSide.Buy, 0.1m, 45_000m, NewId());
        AssertKind(await Trader.PlaceOrderAsync(request, Ct), ErrorKind.UnknownOutcome);
        var resolved = Ok(await UnknownOutcomeResolver.ResolveAsync(Trader, request, TimeProvider.System, Ct, attempts: 3, pause: TimeSpan.FromMilliseconds(10)));
        Assert.Equal(request.ClientOrderId, resolved.ClientOrderId);
        Assert.Equal(OrderStatus.New, resolved.Status);
        var again = await Trader.PlaceOrderAsync(request, Ct);
        if (Trader.Capabilities.DuplicateClientId == DuplicateClientIdBehaviour.ReturnsExisting)
            Assert.Equal(resolved.ExchangeOrderId, Ok(again).ExchangeOrderId);
        else
            Assert.False(again.IsSuccess);
        var open = Ok(await Trader.GetOpenOrdersAsync(Btc, Ct));
        Assert.Equal(resolved.ExchangeOrderId, Assert.Single(open, o => o.ClientOrderId == request.ClientOrderId).ExchangeOrderId);
        Assert.Equal(4_500m, await LockedAsync("USDT"));
    }

    [Fact]
    public async Task PlaceAndResolve_LostResponse_ReturnsTheAcceptedOrder()
    {
        await Sim.Control.AddFaultAsync(new FaultRequest(FaultKind.DropAfterAccept, Count: 1));
        var request = OrderRequest.Limit(Btc, OrderSide.Sell, 0.1m, 60_000m, NewId());
        var order = Ok(await UnknownOutcomeResolver.PlaceAndResolveAsync(Trader, request, TimeProvider.System, Ct, pause: TimeSpan.FromMilliseconds(10)));
        Assert.Equal(request.ClientOrderId, order.ClientOrderId);
        Assert.Single(Ok(await Trader.GetOpenOrdersAsync(Btc, Ct)));
    }

    [Fact]
    public async Task Errors_TimeoutOnAnOrder_IsUnknownOutcome()
    {
        var slow = Sim.Connect(ContractSeed.Unrestricted, o => o with { Timeout = TimeSpan.FromMilliseconds(300) });
        Ok(await slow.GetBalancesAsync(Ct));
        await Sim.Control.AddFaultAsync(new FaultRequest(FaultKind.Latency, Count: 1, LatencyMs: 2_000));
        var result = await slow.PlaceOrderAsync(OrderRequest.Limit(Btc, OrderSide.Buy, 0.1m, 45_000m, NewId()), Ct);
        AssertKind(result, ErrorKind.UnknownOutcome);
    }
}
