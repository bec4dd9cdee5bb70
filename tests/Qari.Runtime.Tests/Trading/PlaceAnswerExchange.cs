using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Binance;
using Qari.Model.Ids;
using Qari.Model.Instruments;
using Qari.Model.Market;
using Qari.Model.Orders;
using Qari.Model.Results;

namespace Qari.Runtime.Tests.Trading;

/// <summary>An adapter that answers a place with a set snapshot and counts the fill-list reads; nothing else is used.</summary>
internal sealed class PlaceAnswerExchange(OrderSnapshot placed, IReadOnlyList<Fill> fillList) : ISpotExchange
{
    public int FillListReads { get; private set; }

    public ExchangeId Exchange => ExchangeId.Binance;

    public ExchangeCapabilities Capabilities => BinanceExchange.BinanceCapabilities;

    public Task<Result<OrderSnapshot>> PlaceOrderAsync(OrderRequest request, CancellationToken cancellationToken) => Task.FromResult<Result<OrderSnapshot>>(placed);

    public Task<Result<IReadOnlyList<Fill>>> GetFillsAsync(Symbol symbol, long sinceMs, CancellationToken cancellationToken)
    {
        FillListReads++;
        return Task.FromResult<Result<IReadOnlyList<Fill>>>(Result<IReadOnlyList<Fill>>.Ok(fillList));
    }

    public Task<Result<DateTimeOffset>> GetServerTimeAsync(CancellationToken cancellationToken) => throw Unused();

    public Task<Result<IReadOnlyList<Instrument>>> GetInstrumentsAsync(CancellationToken cancellationToken) => throw Unused();

    public Task<Result<IReadOnlyList<Candle>>> GetCandlesAsync(Symbol symbol, Timeframe timeframe, long fromMs, long toMs, CancellationToken cancellationToken) => throw Unused();

    public Task<Result<OrderBook>> GetOrderBookAsync(Symbol symbol, int depth, CancellationToken cancellationToken) => throw Unused();

    public Task<Result<IReadOnlyList<Ticker>>> GetTickersAsync(CancellationToken cancellationToken) => throw Unused();

    public Task<Result<IReadOnlyList<Balance>>> GetBalancesAsync(CancellationToken cancellationToken) => throw Unused();

    public Task<Result<OrderSnapshot>> CancelOrderAsync(Symbol symbol, OrderRef order, CancellationToken cancellationToken) => throw Unused();

    public Task<Result<OrderSnapshot>> GetOrderAsync(Symbol symbol, OrderRef order, CancellationToken cancellationToken) => throw Unused();

    public Task<Result<IReadOnlyList<OrderSnapshot>>> GetOpenOrdersAsync(Symbol? symbol, CancellationToken cancellationToken) => throw Unused();

    public Task<Result<KeyReport>> GetKeyReportAsync(CancellationToken cancellationToken) => throw Unused();

    private static InvalidOperationException Unused() => new("not used by the place tests");
}
