using Qari.Exchanges;
using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Binance;
using Qari.Exchanges.Http;
using Qari.Model.Ids;
using Qari.Model.Orders;
using Qari.Model.Results;

namespace Qari.Exchanges.Tests.Contract;

/// <summary>Binance runs the adapter contract. Binance answers a non-whitelisted IP and a missing permission with the same -2015 as a bad key.</summary>
public sealed class BinanceContractTests() : SpotExchangeContract(ExchangeId.Binance)
{
    protected override ErrorKind Expected(ErrorKind kind) => kind is ErrorKind.IpNotAllowed or ErrorKind.PermissionDenied ? ErrorKind.InvalidKey : kind;

    [Fact]
    public async Task PlaceOrder_FillsAtOnce_AnswerCarriesTheSameFillsAsTheFillList()
    {
        var placed = Ok(await Trader.PlaceOrderAsync(OrderRequest.Limit(Btc, OrderSide.Buy, 0.3m, 51_000m, NewId()), Ct));

        Assert.True(placed.FilledQuantity > 0);
        Assert.NotNull(placed.Fills);
        Assert.Equal(placed.FilledQuantity, placed.Fills.Sum(f => f.Quantity));
        var listed = Ok(await Trader.GetFillsAsync(Btc, 0, Ct)).Where(f => f.ExchangeOrderId == placed.ExchangeOrderId).ToList();
        // The engine de-duplicates fills by trade id: the answer's and the fill list's must be the same ids, amounts and fees.
        Assert.Equal(listed.Select(f => (f.TradeId, f.Quantity, f.Price, f.Fee, f.FeeAsset)), placed.Fills.Select(f => (f.TradeId, f.Quantity, f.Price, f.Fee, f.FeeAsset)));
    }

    [Fact]
    public async Task PlaceOrder_Resting_AnswerCarriesNoFills()
    {
        var placed = Ok(await Trader.PlaceOrderAsync(OrderRequest.Limit(Btc, OrderSide.Buy, 0.1m, 40_000m, NewId()), Ct));

        Assert.Equal(OrderStatus.New, placed.Status);
        Assert.Empty(placed.Fills ?? []);
    }

    [Fact]
    public async Task GetFills_FillsSpreadOverFourDays_ReturnsEveryOne()
    {
        var since = ContractSimulator.Start.ToUnixTimeMilliseconds() - 1;
        var orders = new List<ExchangeOrderId>();
        for (var day = 0; day < 4; day++)
        {
            if (day > 0)
            {
                await Sim.Control.AdvanceAsync(TimeSpan.FromHours(26));
                // The jump makes the next signed call stale once; it resynchronises the adapter's clock.
                await Trader.GetBalancesAsync(Ct);
            }
            orders.Add(Ok(await Trader.PlaceOrderAsync(OrderRequest.MarketBuyQuote(Btc, 100m, NewId()), Ct)).ExchangeOrderId);
        }

        var fills = Ok(await Trader.GetFillsAsync(Btc, since, Ct));

        Assert.Equal(orders, fills.Select(f => f.ExchangeOrderId).Distinct());
        Assert.Equal(fills.OrderBy(f => f.TimeMs).Select(f => f.TradeId), fills.Select(f => f.TradeId));
        Assert.Equal(fills.Count, fills.Select(f => f.TradeId).Distinct().Count());
    }

    [Fact]
    public async Task FillWalk_FullPagesInsideOneWindow_PagesByTimeAndKeepsEveryFill()
    {
        var since = ContractSimulator.Start.ToUnixTimeMilliseconds() - 1;
        var orders = new List<ExchangeOrderId>();
        for (var i = 0; i < 5; i++)
        {
            if (i > 0)
            {
                await Sim.Control.AdvanceAsync(TimeSpan.FromSeconds(30));
                await Trader.GetBalancesAsync(Ct);
            }
            orders.Add(Ok(await Trader.PlaceOrderAsync(OrderRequest.MarketBuyQuote(Btc, 100m, NewId()), Ct)).ExchangeOrderId);
        }
        var key = ContractKeys.For(ExchangeId.Binance, ContractSeed.Trader);
        using var credentials = new InMemoryCredentials(key.KeyId, key.Secret, key.Passphrase);
        var http = SpotExchangeFactory.CreateHttpClient(ExchangeId.Binance, Sim.Http, new ExchangeHttpOptions(Sim.Host.BaseUrl), Sim.Limits, TimeProvider.System);
        var until = (ContractSimulator.Start + TimeSpan.FromHours(1)).ToUnixTimeMilliseconds();

        // Pages of two rows force the walk to page inside its single 24 h window.
        var fills = Ok(await new BinanceFillWalk(new BinanceClient(http, credentials), Btc, 2).ReadAsync(since, until, Ct));

        Assert.Equal(orders, fills.Select(f => f.ExchangeOrderId).Distinct());
        Assert.Equal(fills.Count, fills.Select(f => f.TradeId).Distinct().Count());
    }
}
