using Qari.Exchanges.Abstractions;
using Qari.Model.Ids;
using Qari.Model.Instruments;
using Qari.Model.Market;
using Qari.Model.Orders;
using Qari.Model.Results;

namespace Qari.Runtime.Tests.Grains;

/// <summary>An adapter whose balance read can be held at a gate, so a test can stop a silo while its trader is mid-cycle.</summary>
internal sealed class GatedExchange(ISpotExchange inner, ExchangeGate gate) : ISpotExchange
{
    public ExchangeId Exchange => inner.Exchange;

    public ExchangeCapabilities Capabilities => inner.Capabilities;

    public Task<Result<DateTimeOffset>> GetServerTimeAsync(CancellationToken cancellationToken) => inner.GetServerTimeAsync(cancellationToken);

    public Task<Result<IReadOnlyList<Instrument>>> GetInstrumentsAsync(CancellationToken cancellationToken) => inner.GetInstrumentsAsync(cancellationToken);

    public Task<Result<IReadOnlyList<Candle>>> GetCandlesAsync(Symbol symbol, Timeframe timeframe, long fromMs, long toMs, CancellationToken cancellationToken) =>
        inner.GetCandlesAsync(symbol, timeframe, fromMs, toMs, cancellationToken);

    public Task<Result<OrderBook>> GetOrderBookAsync(Symbol symbol, int depth, CancellationToken cancellationToken) => inner.GetOrderBookAsync(symbol, depth, cancellationToken);

    public Task<Result<IReadOnlyList<Ticker>>> GetTickersAsync(CancellationToken cancellationToken) => inner.GetTickersAsync(cancellationToken);

    public async Task<Result<IReadOnlyList<Balance>>> GetBalancesAsync(CancellationToken cancellationToken)
    {
        await gate.PassAsync().ConfigureAwait(false);
        return await inner.GetBalancesAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task<Result<OrderSnapshot>> PlaceOrderAsync(OrderRequest request, CancellationToken cancellationToken) => inner.PlaceOrderAsync(request, cancellationToken);

    public Task<Result<OrderSnapshot>> CancelOrderAsync(Symbol symbol, OrderRef order, CancellationToken cancellationToken) => inner.CancelOrderAsync(symbol, order, cancellationToken);

    public Task<Result<OrderSnapshot>> GetOrderAsync(Symbol symbol, OrderRef order, CancellationToken cancellationToken) => inner.GetOrderAsync(symbol, order, cancellationToken);

    public Task<Result<IReadOnlyList<OrderSnapshot>>> GetOpenOrdersAsync(Symbol? symbol, CancellationToken cancellationToken) => inner.GetOpenOrdersAsync(symbol, cancellationToken);

    public Task<Result<IReadOnlyList<Fill>>> GetFillsAsync(Symbol symbol, long sinceMs, CancellationToken cancellationToken) => inner.GetFillsAsync(symbol, sinceMs, cancellationToken);

    public Task<Result<KeyReport>> GetKeyReportAsync(CancellationToken cancellationToken) => inner.GetKeyReportAsync(cancellationToken);
}
