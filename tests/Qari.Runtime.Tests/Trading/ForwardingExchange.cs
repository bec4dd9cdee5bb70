using Qari.Exchanges.Abstractions;
using Qari.Model.Ids;
using Qari.Model.Instruments;
using Qari.Model.Market;
using Qari.Model.Orders;
using Qari.Model.Results;

namespace Qari.Runtime.Tests.Trading;

/// <summary>An adapter that passes every call to <paramref name="inner"/>; test doubles override only the calls they change.</summary>
internal abstract class ForwardingExchange(ISpotExchange inner) : ISpotExchange
{
    /// <summary>The adapter every call not overridden goes to.</summary>
    protected ISpotExchange Inner { get; } = inner;

    public ExchangeId Exchange => Inner.Exchange;

    public ExchangeCapabilities Capabilities => Inner.Capabilities;

    public virtual Task<Result<DateTimeOffset>> GetServerTimeAsync(CancellationToken cancellationToken) => Inner.GetServerTimeAsync(cancellationToken);

    public virtual Task<Result<IReadOnlyList<Instrument>>> GetInstrumentsAsync(CancellationToken cancellationToken) => Inner.GetInstrumentsAsync(cancellationToken);

    public virtual Task<Result<IReadOnlyList<Candle>>> GetCandlesAsync(Symbol symbol, Timeframe timeframe, long fromMs, long toMs, CancellationToken cancellationToken) =>
        Inner.GetCandlesAsync(symbol, timeframe, fromMs, toMs, cancellationToken);

    public virtual Task<Result<OrderBook>> GetOrderBookAsync(Symbol symbol, int depth, CancellationToken cancellationToken) => Inner.GetOrderBookAsync(symbol, depth, cancellationToken);

    public virtual Task<Result<IReadOnlyList<Ticker>>> GetTickersAsync(CancellationToken cancellationToken) => Inner.GetTickersAsync(cancellationToken);

    public virtual Task<Result<IReadOnlyList<Balance>>> GetBalancesAsync(CancellationToken cancellationToken) => Inner.GetBalancesAsync(cancellationToken);

    public virtual Task<Result<OrderSnapshot>> PlaceOrderAsync(OrderRequest request, CancellationToken cancellationToken) => Inner.PlaceOrderAsync(request, cancellationToken);

    public virtual Task<Result<OrderSnapshot>> CancelOrderAsync(Symbol symbol, OrderRef order, CancellationToken cancellationToken) => Inner.CancelOrderAsync(symbol, order, cancellationToken);

    public virtual Task<Result<OrderSnapshot>> GetOrderAsync(Symbol symbol, OrderRef order, CancellationToken cancellationToken) => Inner.GetOrderAsync(symbol, order, cancellationToken);

    public virtual Task<Result<IReadOnlyList<OrderSnapshot>>> GetOpenOrdersAsync(Symbol? symbol, CancellationToken cancellationToken) => Inner.GetOpenOrdersAsync(symbol, cancellationToken);

    public virtual Task<Result<IReadOnlyList<Fill>>> GetFillsAsync(Symbol symbol, long sinceMs, CancellationToken cancellationToken) => Inner.GetFillsAsync(symbol, sinceMs, cancellationToken);

    public virtual Task<Result<KeyReport>> GetKeyReportAsync(CancellationToken cancellationToken) => Inner.GetKeyReportAsync(cancellationToken);
}
