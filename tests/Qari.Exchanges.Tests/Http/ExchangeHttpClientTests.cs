using System.Net;
using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Http;
using Qari.Model.Ids;
using Qari.Model.Results;

namespace Qari.Exchanges.Tests.Http;

public sealed class ExchangeHttpClientTests : IDisposable
{
    private static readonly Endpoint Read = new("read", HttpMethod.Get, "/read", Signed: false, Weight: 1);
    private static readonly Endpoint Place = new("place", HttpMethod.Post, "/order", Signed: true, Weight: 1, PlacesOrder: true);
    private static readonly Endpoint SignedRead = new("account", HttpMethod.Get, "/account", Signed: true, Weight: 1);
    private readonly RateLimitRegistry _limits = new(TimeProvider.System);
    private readonly StubHandler _handler = new();
    private readonly HttpClient _http;
    private readonly InMemoryCredentials _key = new("key", "secret");

    public ExchangeHttpClientTests() => _http = new HttpClient(_handler);

    public void Dispose()
    {
        _http.Dispose();
        _limits.Dispose();
        _key.Dispose();
    }

    private ExchangeHttpClient Client(TimeSpan? timeout = null) => new(ExchangeId.Binance, _http,
        new ExchangeHttpOptions(new Uri("http://127.0.0.1:1/")) { RetryDelay = TimeSpan.FromMilliseconds(1), Timeout = timeout ?? TimeSpan.FromSeconds(5) },
        new EchoSigner(), new RateLimitPolicy([new RateLimitRule("W", RateLimitScope.Ip, 1000, TimeSpan.FromMinutes(1))]), _limits, TimeProvider.System);

    [Fact]
    public async Task SendAsync_ReadFailsTwiceOnTheNetwork_IsRetriedAndSucceeds()
    {
        _handler.Answer = n => n <= 2 ? throw new HttpRequestException("reset") : Ok("fine");
        var reply = await Client().SendAsync(new RestRequest(Read), null, CancellationToken.None);
        Assert.Equal("fine", reply.Value.Body);
        Assert.Equal(3, _handler.Calls);
    }

    [Fact]
    public async Task SendAsync_OrderDroppedOnTheNetwork_IsUnknownOutcomeAndNeverRetried()
    {
        _handler.Answer = _ => throw new HttpRequestException("connection reset");
        var result = await Client().SendAsync(new RestRequest(Place, body: "a=1"), _key, CancellationToken.None);
        Assert.Equal(ErrorKind.UnknownOutcome, result.Error!.Kind);
        Assert.Equal(1, _handler.Calls);
    }

    [Fact]
    public async Task SendAsync_OrderAnswered503_IsUnknownOutcome()
    {
        _handler.Answer = _ => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        var result = await Client().SendAsync(new RestRequest(Place, body: "a=1"), _key, CancellationToken.None);
        Assert.Equal(ErrorKind.UnknownOutcome, result.Error!.Kind);
        Assert.Equal(1, _handler.Calls);
    }

    [Fact]
    public async Task SendAsync_OrderTimesOut_IsUnknownOutcome()
    {
        _handler.Hang = true;
        var result = await Client(TimeSpan.FromMilliseconds(50)).SendAsync(new RestRequest(Place, body: "a=1"), _key, CancellationToken.None);
        Assert.Equal(ErrorKind.UnknownOutcome, result.Error!.Kind);
    }

    [Fact]
    public async Task SendAsync_429WithRetryAfter_BacksOffWithoutSendingMore()
    {
        _handler.Answer = _ =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Content = new StringContent("{}") };
            response.Headers.TryAddWithoutValidation("Retry-After", "60");
            return response;
        };
        var client = Client();
        var first = await client.SendAsync(new RestRequest(Read), null, CancellationToken.None);
        Assert.Equal(429, first.Value.StatusCode);
        var second = await client.SendAsync(new RestRequest(Read), null, CancellationToken.None);
        Assert.Equal(ErrorKind.RateLimited, second.Error!.Kind);
        Assert.Equal(1, _handler.Calls);
        Assert.NotNull(client.IpGate.BlockedUntil);
    }

    [Fact]
    public async Task SendAsync_SignedWithoutCredentials_IsInvalidKeyAndSendsNothing()
    {
        var result = await Client().SendAsync(new RestRequest(SignedRead), null, CancellationToken.None);
        Assert.Equal(ErrorKind.InvalidKey, result.Error!.Kind);
        Assert.Equal(0, _handler.Calls);
    }

    [Fact]
    public async Task SendAsync_Signed_SendsTheSignedBytesExactly()
    {
        _handler.Answer = _ => Ok("{}");
        await Client().SendAsync(new RestRequest(Place, "x=%20y", "a=1&b=2", "application/x-www-form-urlencoded"), _key, CancellationToken.None);
        Assert.Equal("/order?x=%20y&sig=1", _handler.LastPathAndQuery);
        Assert.Equal("a=1&b=2", _handler.LastBody);
        Assert.Equal("application/x-www-form-urlencoded", _handler.LastContentType);
        Assert.Equal("key", _handler.LastKeyHeader);
    }

    private static HttpResponseMessage Ok(string body) => new(HttpStatusCode.OK) { Content = new StringContent(body) };

    private sealed class EchoSigner : IRequestSigner
    {
        public SignedRequest Sign(RestRequest request, IExchangeCredentials credentials, DateTimeOffset timestamp) =>
            new(request.Method, request.PathAndQuery + (request.Query.Length > 0 ? "&" : "?") + "sig=1", request.Body, request.ContentType, [new("X-KEY", credentials.KeyId)]);
    }

    private sealed class StubHandler : HttpMessageHandler
    {
        public Func<int, HttpResponseMessage> Answer { get; set; } = _ => new HttpResponseMessage(HttpStatusCode.OK);
        public bool Hang { get; set; }
        public int Calls { get; private set; }
        public string? LastPathAndQuery { get; private set; }
        public string? LastBody { get; private set; }
        public string? LastContentType { get; private set; }
        public string? LastKeyHeader { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Calls++;
            LastPathAndQuery = request.RequestUri!.PathAndQuery;
            LastBody = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
            LastContentType = request.Content?.Headers.ContentType?.ToString();
            LastKeyHeader = request.Headers.TryGetValues("X-KEY", out var v) ? v.Single() : null;
            if (Hang) await Task.Delay(Timeout.Infinite, cancellationToken);
            return Answer(Calls);
        }
    }
}
