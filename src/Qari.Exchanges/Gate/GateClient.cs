using System.Globalization;
using System.Text.Json;
using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Http;
using Qari.Model.Results;

namespace Qari.Exchanges.Gate;

/// <summary>
/// The raw Gate APIv4 spot client: one method per endpoint, parameters in, the answer body (2xx) or a typed error
/// (from the <c>{"label","message"}</c> body) out. <see cref="GateExchange"/> maps between the wire and Qari's types.
/// </summary>
public sealed class GateClient
{
    private readonly ExchangeHttpClient _http;
    private readonly IExchangeCredentials? _credentials;

    /// <summary>Creates a client on the shared pipeline, for one key (null for public data only).</summary>
    public GateClient(ExchangeHttpClient http, IExchangeCredentials? credentials)
    {
        _http = http;
        _credentials = credentials;
    }

    /// <summary>GET /spot/time.</summary>
    public Task<Result<string>> TimeAsync(CancellationToken ct) => CallAsync(new RestRequest(GateEndpoints.Time), ct);

    /// <summary>GET /spot/currency_pairs.</summary>
    public Task<Result<string>> CurrencyPairsAsync(CancellationToken ct) => CallAsync(new RestRequest(GateEndpoints.CurrencyPairs), ct);

    /// <summary>GET /spot/candlesticks with from/to in seconds (both inclusive).</summary>
    public Task<Result<string>> CandlesticksAsync(string pair, string interval, long fromSeconds, long toSeconds, CancellationToken ct) =>
        CallAsync(new RestRequest(GateEndpoints.Candlesticks, new QueryBuilder().Add("currency_pair", pair).Add("interval", interval)
            .Add("from", fromSeconds).Add("to", toSeconds).ToString()), ct);

    /// <summary>GET /spot/order_book.</summary>
    public Task<Result<string>> OrderBookAsync(string pair, int limit, CancellationToken ct) =>
        CallAsync(new RestRequest(GateEndpoints.OrderBook, new QueryBuilder().Add("currency_pair", pair).Add("limit", limit).Add("with_id", "true").ToString()), ct);

    /// <summary>GET /spot/tickers (all pairs).</summary>
    public Task<Result<string>> TickersAsync(CancellationToken ct) => CallAsync(new RestRequest(GateEndpoints.Tickers), ct);

    /// <summary>GET /spot/accounts.</summary>
    public Task<Result<string>> AccountsAsync(CancellationToken ct) => CallAsync(new RestRequest(GateEndpoints.Accounts), ct);

    /// <summary>POST /spot/orders (never retried).</summary>
    public Task<Result<string>> PlaceOrderAsync(string json, CancellationToken ct) =>
        CallAsync(new RestRequest(GateEndpoints.PlaceOrder, body: json, contentType: GateSigner.JsonContentType), ct);

    /// <summary>GET /spot/orders/{order_id} (id or t- text).</summary>
    public Task<Result<string>> GetOrderAsync(string pair, string orderIdOrText, CancellationToken ct) =>
        CallAsync(WithId(GateEndpoints.GetOrder, orderIdOrText, new QueryBuilder().Add("currency_pair", pair)), ct);

    /// <summary>DELETE /spot/orders/{order_id} (id or t- text).</summary>
    public Task<Result<string>> CancelOrderAsync(string pair, string orderIdOrText, CancellationToken ct) =>
        CallAsync(WithId(GateEndpoints.CancelOrder, orderIdOrText, new QueryBuilder().Add("currency_pair", pair)), ct);

    /// <summary>GET /spot/orders?currency_pair=&amp;status= (one page).</summary>
    public Task<Result<string>> OrdersAsync(string pair, string status, int page, int limit, CancellationToken ct) =>
        CallAsync(new RestRequest(GateEndpoints.Orders, new QueryBuilder().Add("currency_pair", pair).Add("status", status).Add("page", page).Add("limit", limit).ToString()), ct);

    /// <summary>GET /spot/open_orders (all pairs).</summary>
    public Task<Result<string>> OpenOrdersAsync(int page, int limit, CancellationToken ct) =>
        CallAsync(new RestRequest(GateEndpoints.OpenOrders, new QueryBuilder().Add("page", page).Add("limit", limit).ToString()), ct);

    /// <summary>GET /spot/my_trades in a time range (seconds), one page.</summary>
    public Task<Result<string>> MyTradesAsync(string pair, long fromSeconds, long toSeconds, int page, int limit, CancellationToken ct) =>
        CallAsync(new RestRequest(GateEndpoints.MyTrades, new QueryBuilder().Add("currency_pair", pair).Add("limit", limit).Add("page", page)
            .Add("from", fromSeconds).Add("to", toSeconds).ToString()), ct);

    /// <summary>POST /spot/price_orders (never retried).</summary>
    public Task<Result<string>> PlacePriceOrderAsync(string json, CancellationToken ct) =>
        CallAsync(new RestRequest(GateEndpoints.PlacePriceOrder, body: json, contentType: GateSigner.JsonContentType), ct);

    /// <summary>GET /spot/price_orders?status=&amp;market= (one page).</summary>
    public Task<Result<string>> PriceOrdersAsync(string status, string? market, int offset, int limit, CancellationToken ct) =>
        CallAsync(new RestRequest(GateEndpoints.PriceOrders, new QueryBuilder().Add("status", status).Add("market", market).Add("limit", limit).Add("offset", offset).ToString()), ct);

    /// <summary>GET /spot/price_orders/{order_id}.</summary>
    public Task<Result<string>> GetPriceOrderAsync(string orderId, CancellationToken ct) =>
        CallAsync(WithId(GateEndpoints.GetPriceOrder, orderId, new QueryBuilder()), ct);

    /// <summary>DELETE /spot/price_orders/{order_id}.</summary>
    public Task<Result<string>> CancelPriceOrderAsync(string orderId, CancellationToken ct) =>
        CallAsync(WithId(GateEndpoints.CancelPriceOrder, orderId, new QueryBuilder()), ct);

    /// <summary>GET /account/main_keys.</summary>
    public Task<Result<string>> MainKeysAsync(CancellationToken ct) => CallAsync(new RestRequest(GateEndpoints.MainKeys), ct);

    /// <summary>GET /account/detail.</summary>
    public Task<Result<string>> AccountDetailAsync(CancellationToken ct) => CallAsync(new RestRequest(GateEndpoints.AccountDetail), ct);

    /// <summary>Serialises a request body once, compactly, so the hashed body is the sent body.</summary>
    public static string Json(object body) => JsonSerializer.Serialize(body, BodyOptions);

    private static readonly JsonSerializerOptions BodyOptions = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    private static RestRequest WithId(Endpoint endpoint, string id, QueryBuilder query) =>
        new(endpoint, query.ToString()) { Path = GateEndpoints.Fill(endpoint, id) };

    private async Task<Result<string>> CallAsync(RestRequest request, CancellationToken ct)
    {
        var sent = await _http.SendAsync(request, _credentials, ct).ConfigureAwait(false);
        if (!sent.IsSuccess) return sent.Error;
        var reply = sent.Value;
        if (reply.IsSuccess) return reply.Body;
        var error = GateJson.ReadError(reply.Body, reply.StatusCode);
        if (error.Kind == ErrorKind.MalformedResponse)
        {
            var status = reply.StatusCode.ToString(CultureInfo.InvariantCulture);
            error = ExchangeErrorTable.FromHttpStatus(reply.StatusCode, status, $"gate {request.Endpoint}: HTTP {status}");
        }
        if (error.Kind == ErrorKind.TimestampOutOfWindow) _http.Clock.Invalidate();
        return error;
    }
}
