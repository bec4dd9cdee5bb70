using Qari.Exchanges.Abstractions;
using Qari.Model.Ids;
using Qari.Model.Instruments;
using Qari.Model.Market;
using Qari.Model.Orders;
using Qari.Model.Results;

namespace Qari.Runtime.Tests.Trading;

/// <summary>
/// An adapter that, as the first order request leaves, runs <paramref name="takeOver"/> (another process claiming the
/// account) and then passes the request on; it records every order that reached it.
/// </summary>
internal sealed class ClaimingExchange(ISpotExchange inner, Action takeOver) : ISpotExchange
{
    private readonly List<string> _placed = [];

    /// <summary>The client ids of the orders that reached the venue.</summary>
    public IReadOnlyList<string> Placed
    {
        get
        {
            lock (_placed) return [.. _placed];
        }
    }

    public ExchangeId Exchange => inner.Exchange;

    public ExchangeCapabilities Capabilities => inner.Capabilities;

    public Task<Result<OrderSnapshot>> PlaceOrderAsync(OrderRequest request, CancellationToken cancellationToken)
    {
        bool first;
        lock (_placed)
        {
            first = _placed.Count == 0;
            _placed.Add(request.ClientOrderId.Value);
        }
        if (first) takeOver();
        return inner.PlaceOrderAsync(request, cancellationToken);
    }

    public Task<Result<DateTimeOffset>> GetServerTimeAsync(CancellationToken cancellationToken) => inner.GetServerTimeAsync(cancellationToken);

    public Task<Result<IReadOnlyList<Instrument>>> GetInstrumentsAsync(CancellationToken cancellationToken) => inner.GetInstrumentsAsync(cancellationToken);

    public Task<Result<IReadOnlyList<Candle>>> GetCandlesAsync(Symbol symbol, Timeframe timeframe, long fromMs, long toMs, CancellationToken cancellationToken) =>
        inner.GetCandlesAsync(symbol, timeframe, fromMs, toMs, cancellationToken);

    public Task<Result<OrderBook>> GetOrderBookAsync(Symbol symbol, int depth, CancellationToken cancellationToken) => inner.GetOrderBookAsync(symbol, depth, cancellationToken);

    public Task<Result<IReadOnlyList<Ticker>>> GetTickersAsync(CancellationToken cancellationToken) => inner.GetTickersAsync(cancellationToken);

    public Task<Result<IReadOnlyList<Balance>>> GetBalancesAsync(CancellationToken cancellationToken) => inner.GetBalancesAsync(cancellationToken);

    public Task<Result<OrderSnapshot>> CancelOrderAsync(Symbol symbol, OrderRef order, CancellationToken cancellationToken) => inner.CancelOrderAsync(symbol, order, cancellationToken);

    public Task<Result<OrderSnapshot>> GetOrderAsync(Symbol symbol, OrderRef order, CancellationToken cancellationToken) => inner.GetOrderAsync(symbol, order, cancellationToken);

    public Task<Result<IReadOnlyList<OrderSnapshot>>> GetOpenOrdersAsync(Symbol? symbol, CancellationToken cancellationToken) => inner.GetOpenOrdersAsync(symbol, cancellationToken);

    public Task<Result<IReadOnlyList<Fill>>> GetFillsAsync(Symbol symbol, long sinceMs, CancellationToken cancellationToken) => inner.GetFillsAsync(symbol, sinceMs, cancellationToken);

    public Task<Result<KeyReport>> GetKeyReportAsync(CancellationToken cancellationToken) => inner.GetKeyReportAsync(cancellationToken);
}
