using Qari.Model.Ids;
using Qari.Model.Instruments;
using Qari.Model.Market;
using Qari.Model.Results;

namespace Qari.Exchanges.Abstractions;

/// <summary>
/// The one port through which Qari talks to a spot exchange. Spot only: there are deliberately no methods for
/// withdrawal, transfer, margin, lending or derivatives. Every call returns a <see cref="Result{T}"/>: an
/// exchange error arrives as a typed <see cref="Error"/>, never as an exception. Private calls on an adapter
/// built without credentials fail with <see cref="ErrorKind.InvalidKey"/>.
/// </summary>
public interface ISpotExchange
{
    /// <summary>Which exchange this is.</summary>
    ExchangeId Exchange { get; }

    /// <summary>What this exchange supports and how (stop-order form, client-id rules, kline limits...).</summary>
    ExchangeCapabilities Capabilities { get; }

    /// <summary>The exchange's clock (used to measure and correct skew).</summary>
    Task<Result<DateTimeOffset>> GetServerTimeAsync(CancellationToken cancellationToken);

    /// <summary>All spot instruments with their rules and trading status.</summary>
    Task<Result<IReadOnlyList<Instrument>>> GetInstrumentsAsync(CancellationToken cancellationToken);

    /// <summary>Closed and current candles with open time in [fromMs, toMs), oldest first, paging over long ranges.</summary>
    Task<Result<IReadOnlyList<Candle>>> GetCandlesAsync(Symbol symbol, Timeframe timeframe, long fromMs, long toMs, CancellationToken cancellationToken);

    /// <summary>An order-book snapshot with up to <paramref name="depth"/> levels per side.</summary>
    Task<Result<OrderBook>> GetOrderBookAsync(Symbol symbol, int depth, CancellationToken cancellationToken);

    /// <summary>Best bid/ask, last price and 24h volumes of every spot instrument (for universe ranking).</summary>
    Task<Result<IReadOnlyList<Ticker>>> GetTickersAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The tickers of <paramref name="symbols"/> only. Adapters whose exchange meters a ticker request by its symbol
    /// count ask for just these (Binance: weight 2 for up to 20 instead of 80 for all); the default reads all and filters.
    /// </summary>
    async Task<Result<IReadOnlyList<Ticker>>> GetTickersAsync(IReadOnlyCollection<Symbol> symbols, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(symbols);
        var all = await GetTickersAsync(cancellationToken).ConfigureAwait(false);
        if (!all.IsSuccess) return all.Error!;
        var wanted = symbols.ToHashSet();
        return Result<IReadOnlyList<Ticker>>.Ok([.. all.Value.Where(t => wanted.Contains(t.Symbol))]);
    }

    /// <summary>Free and locked balances of the account.</summary>
    Task<Result<IReadOnlyList<Balance>>> GetBalancesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Places an order. Never retried: a timeout or lost response yields <see cref="ErrorKind.UnknownOutcome"/>,
    /// to be resolved with <see cref="GetOrderAsync"/> by client order id.
    /// </summary>
    Task<Result<OrderSnapshot>> PlaceOrderAsync(OrderRequest request, CancellationToken cancellationToken);

    /// <summary>Cancels an order; the snapshot shows its final state (a filled order cannot be cancelled: <see cref="ErrorKind.UnknownOrder"/> or the filled snapshot, per exchange).</summary>
    Task<Result<OrderSnapshot>> CancelOrderAsync(Symbol symbol, OrderRef order, CancellationToken cancellationToken);

    /// <summary>One order by exchange id or client order id, including stop orders and recently closed orders.</summary>
    Task<Result<OrderSnapshot>> GetOrderAsync(Symbol symbol, OrderRef order, CancellationToken cancellationToken);

    /// <summary>Open orders (including resting stop orders), for one symbol or all when null.</summary>
    Task<Result<IReadOnlyList<OrderSnapshot>>> GetOpenOrdersAsync(Symbol? symbol, CancellationToken cancellationToken);

    /// <summary>The account's own fills (trades) on a symbol since a time, oldest first.</summary>
    Task<Result<IReadOnlyList<Fill>>> GetFillsAsync(Symbol symbol, long sinceMs, CancellationToken cancellationToken);

    /// <summary>Validates the key and reports its permissions and IP restriction as far as the exchange exposes them.</summary>
    Task<Result<KeyReport>> GetKeyReportAsync(CancellationToken cancellationToken);
}
