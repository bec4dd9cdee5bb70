using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Binance;
using Qari.Model.Ids;
using Qari.Model.Instruments;
using Qari.Model.Market;
using Qari.Model.Orders;
using Qari.Model.Results;

namespace Qari.Runtime.Tests.Trading;

/// <summary>An adapter that answers a place, a cancel and a query with set snapshots and counts the fill-list reads; nothing else is used.</summary>
internal sealed class PlaceAnswerExchange(OrderSnapshot placed, IReadOnlyList<Fill> fillList) : ISpotExchange
{
    public int FillListReads { get; private set; }

    public int Queries { get; private set; }

    /// <summary>The cancel's answer (null: the cancel is not used).</summary>
    public OrderSnapshot? Cancelled { get; init; }

    /// <summary>The query's answer (null: the query fails as the venue being unavailable).</summary>
    public OrderSnapshot? Queried { get; init; }

    /// <summary>When true the fill list cannot be read (a 5xx).</summary>
    public bool FillListFails { get; init; }

    public ExchangeId Exchange => ExchangeId.Binance;

    public ExchangeCapabilities Capabilities => BinanceExchange.BinanceCapabilities;

    public Task<Result<OrderSnapshot>> PlaceOrderAsync(OrderRequest request, CancellationToken cancellationToken) => Task.FromResult<Result<OrderSnapshot>>(placed);

    public Task<Result<IReadOnlyList<Fill>>> GetFillsAsync(Symbol symbol, long sinceMs, CancellationToken cancellationToken)
    {
        FillListReads++;
        return Task.FromResult(FillListFails ? Result<IReadOnlyList<Fill>>.Fail(Unavailable("GET /api/v3/myTrades")) : Result<IReadOnlyList<Fill>>.Ok(fillList));
    }

    public Task<Result<DateTimeOffset>> GetServerTimeAsync(CancellationToken cancellationToken) => throw Unused();

    public Task<Result<IReadOnlyList<Instrument>>> GetInstrumentsAsync(CancellationToken cancellationToken) => throw Unused();

    public Task<Result<IReadOnlyList<Candle>>> GetCandlesAsync(Symbol symbol, Timeframe timeframe, long fromMs, long toMs, CancellationToken cancellationToken) => throw Unused();

    public Task<Result<OrderBook>> GetOrderBookAsync(Symbol symbol, int depth, CancellationToken cancellationToken) => throw Unused();

    public Task<Result<IReadOnlyList<Ticker>>> GetTickersAsync(CancellationToken cancellationToken) => throw Unused();

    public Task<Result<IReadOnlyList<Balance>>> GetBalancesAsync(CancellationToken cancellationToken) => throw Unused();

    public Task<Result<OrderSnapshot>> CancelOrderAsync(Symbol symbol, OrderRef order, CancellationToken cancellationToken) =>
        Task.FromResult<Result<OrderSnapshot>>(Cancelled ?? throw Unused());

    public Task<Result<OrderSnapshot>> GetOrderAsync(Symbol symbol, OrderRef order, CancellationToken cancellationToken)
    {
        Queries++;
        return Task.FromResult(Queried is { } q ? Result<OrderSnapshot>.Ok(q) : Result<OrderSnapshot>.Fail(Unavailable("GET /api/v3/order")));
    }

    public Task<Result<IReadOnlyList<OrderSnapshot>>> GetOpenOrdersAsync(Symbol? symbol, CancellationToken cancellationToken) => throw Unused();

    public Task<Result<KeyReport>> GetKeyReportAsync(CancellationToken cancellationToken) => throw Unused();

    private static Error Unavailable(string where) => new(ErrorKind.ExchangeUnavailable, "500", $"{where}: HTTP 500", Transient: true);

    private static InvalidOperationException Unused() => new("not used by the place tests");
}
