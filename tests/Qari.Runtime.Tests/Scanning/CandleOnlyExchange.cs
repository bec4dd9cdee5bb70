using Qari.Exchanges.Abstractions;
using Qari.Model.Ids;
using Qari.Model.Instruments;
using Qari.Model.Market;
using Qari.Model.Orders;
using Qari.Model.Results;

namespace Qari.Runtime.Tests.Scanning;

/// <summary>
/// A market-data-only venue for scanner tests: one instrument, candles from memory (recording every request), a
/// ticker at the newest close. Account and order calls answer with a validation error: a scanner never makes them.
/// </summary>
internal sealed class CandleOnlyExchange(Symbol symbol, IReadOnlyDictionary<Timeframe, Candle[]> candles) : ISpotExchange
{
    private static readonly Error NotAMarketCall = Error.Validation("test.exchange", "this test venue serves market data only");

    public List<(Timeframe Timeframe, long FromMs, long ToMs)> Requests { get; } = [];

    public ExchangeId Exchange => ExchangeId.Binance;

    public ExchangeCapabilities Capabilities { get; } = new(StopOrderForm.StopLimit, false, false, false, false,
        DuplicateClientIdBehaviour.RejectedWhileOpen, 1000, [Timeframe.M5, Timeframe.H1, Timeframe.H4, Timeframe.D1]);

    /// <summary>Newest 5m open time the venue has "played" (the ticker's last price is that candle's close).</summary>
    public long NowMs { get; set; }

    public Task<Result<DateTimeOffset>> GetServerTimeAsync(CancellationToken cancellationToken) =>
        Task.FromResult<Result<DateTimeOffset>>(DateTimeOffset.FromUnixTimeMilliseconds(NowMs));

    public Task<Result<IReadOnlyList<Instrument>>> GetInstrumentsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<Result<IReadOnlyList<Instrument>>>(new[]
        {
            new Instrument(ExchangeId.Binance, symbol, symbol.Base + symbol.Quote, new InstrumentRules(0.0001m, 0.001m, 0.001m, 5m), TradingStatus.Trading),
        });

    public Task<Result<IReadOnlyList<Candle>>> GetCandlesAsync(Symbol s, Timeframe timeframe, long fromMs, long toMs, CancellationToken cancellationToken)
    {
        Requests.Add((timeframe, fromMs, toMs));
        IReadOnlyList<Candle> found = candles.TryGetValue(timeframe, out var series)
            ? [.. series.Where(c => c.OpenTimeMs >= fromMs && c.OpenTimeMs < toMs)]
            : [];
        return Task.FromResult<Result<IReadOnlyList<Candle>>>(Result<IReadOnlyList<Candle>>.Ok(found));
    }

    public Task<Result<IReadOnlyList<Ticker>>> GetTickersAsync(CancellationToken cancellationToken)
    {
        var last = candles[Timeframe.M5].Last(c => c.OpenTimeMs <= NowMs).Close;
        return Task.FromResult<Result<IReadOnlyList<Ticker>>>(new[] { new Ticker(symbol, last, last, last, 1m, last, NowMs) });
    }

    public Task<Result<OrderBook>> GetOrderBookAsync(Symbol s, int depth, CancellationToken cancellationToken) => Fail<OrderBook>();

    public Task<Result<IReadOnlyList<Balance>>> GetBalancesAsync(CancellationToken cancellationToken) => Fail<IReadOnlyList<Balance>>();

    public Task<Result<OrderSnapshot>> PlaceOrderAsync(OrderRequest request, CancellationToken cancellationToken) => Fail<OrderSnapshot>();

    public Task<Result<OrderSnapshot>> CancelOrderAsync(Symbol s, OrderRef order, CancellationToken cancellationToken) => Fail<OrderSnapshot>();

    public Task<Result<OrderSnapshot>> GetOrderAsync(Symbol s, OrderRef order, CancellationToken cancellationToken) => Fail<OrderSnapshot>();

    public Task<Result<IReadOnlyList<OrderSnapshot>>> GetOpenOrdersAsync(Symbol? s, CancellationToken cancellationToken) => Fail<IReadOnlyList<OrderSnapshot>>();

    public Task<Result<IReadOnlyList<Fill>>> GetFillsAsync(Symbol s, long sinceMs, CancellationToken cancellationToken) => Fail<IReadOnlyList<Fill>>();

    public Task<Result<KeyReport>> GetKeyReportAsync(CancellationToken cancellationToken) => Fail<KeyReport>();

    private static Task<Result<T>> Fail<T>() => Task.FromResult<Result<T>>(NotAMarketCall);
}
