using Qari.Exchanges.Abstractions;
using Qari.Model.Ids;
using Qari.Model.Instruments;
using Qari.Model.Market;
using Qari.Model.Orders;
using Qari.Model.Results;

namespace Qari.Runtime.Tests.Trading;

/// <summary>
/// An adapter that refuses the first stop order with insufficient balance (as a venue does when the stop asks for more
/// coins than are held) and records, in order, the stop requests and the open-order reads a reconciliation starts with.
/// </summary>
internal sealed class RefusingStopExchange(ISpotExchange inner) : ISpotExchange
{
    private readonly List<string> _calls = [];
    private int _refused;

    /// <summary>"stop &lt;client id&gt; refused|sent" and "open orders", in the order they happened.</summary>
    public IReadOnlyList<string> Calls
    {
        get
        {
            lock (_calls) return [.. _calls];
        }
    }

    public ExchangeId Exchange => inner.Exchange;

    public ExchangeCapabilities Capabilities => inner.Capabilities;

    public Task<Result<OrderSnapshot>> PlaceOrderAsync(OrderRequest request, CancellationToken cancellationToken)
    {
        if (request.Type != OrderType.StopMarket) return inner.PlaceOrderAsync(request, cancellationToken);
        var refuse = Interlocked.Exchange(ref _refused, 1) == 0;
        lock (_calls) _calls.Add($"stop {request.ClientOrderId.Value} {(refuse ? "refused" : "sent")}");
        return refuse
            ? Task.FromResult<Result<OrderSnapshot>>(new Error(ErrorKind.InsufficientBalance, "-2010", "Account has insufficient balance for requested action."))
            : inner.PlaceOrderAsync(request, cancellationToken);
    }

    public Task<Result<IReadOnlyList<OrderSnapshot>>> GetOpenOrdersAsync(Symbol? symbol, CancellationToken cancellationToken)
    {
        lock (_calls) _calls.Add("open orders");
        return inner.GetOpenOrdersAsync(symbol, cancellationToken);
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

    public Task<Result<IReadOnlyList<Fill>>> GetFillsAsync(Symbol symbol, long sinceMs, CancellationToken cancellationToken) => inner.GetFillsAsync(symbol, sinceMs, cancellationToken);

    public Task<Result<KeyReport>> GetKeyReportAsync(CancellationToken cancellationToken) => inner.GetKeyReportAsync(cancellationToken);
}
