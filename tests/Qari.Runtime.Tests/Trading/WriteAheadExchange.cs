using Qari.Exchanges.Abstractions;
using Qari.Model.Ids;
using Qari.Model.Instruments;
using Qari.Model.Market;
using Qari.Model.Orders;
using Qari.Model.Results;

namespace Qari.Runtime.Tests.Trading;

/// <summary>
/// An adapter that, as each order request is about to leave, asks <paramref name="committedSending"/> (a separate
/// database connection, which sees committed rows only) whether the order's sending row is already committed;
/// <paramref name="placed"/>, when given, runs once the venue answered the request (a test may break the journal there).
/// </summary>
internal sealed class WriteAheadExchange(ISpotExchange inner, Func<string, bool> committedSending, Action<OrderRequest>? placed = null) : ISpotExchange
{
    private readonly List<(string ClientId, bool Committed)> _placed = [];

    /// <summary>Each order sent, with whether its sending row was committed when the request left.</summary>
    public IReadOnlyList<(string ClientId, bool Committed)> Placed
    {
        get
        {
            lock (_placed) return [.. _placed];
        }
    }

    public ExchangeId Exchange => inner.Exchange;

    public ExchangeCapabilities Capabilities => inner.Capabilities;

    public async Task<Result<OrderSnapshot>> PlaceOrderAsync(OrderRequest request, CancellationToken cancellationToken)
    {
        var id = request.ClientOrderId.Value;
        var committed = committedSending(id);
        lock (_placed) _placed.Add((id, committed));
        var answer = await inner.PlaceOrderAsync(request, cancellationToken);
        placed?.Invoke(request);
        return answer;
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
