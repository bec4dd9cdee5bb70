using System.Net;
using System.Text;
using System.Text.Json;
using Qari.Exchanges.Gate;
using Qari.Exchanges.Http;
using Qari.Exchanges.Tests.Contract;
using Qari.Model.Ids;

namespace Qari.Exchanges.Tests.Gate;

/// <summary>The simulator's Gate dialect rejects a bad signature, timestamp or key with Gate's own labels.</summary>
public sealed class GateDialectAuthTests : IAsyncLifetime
{
    private const string OrderBody = "{\"text\":\"t-auth1\",\"currency_pair\":\"BTC_USDT\",\"type\":\"limit\",\"account\":\"spot\",\"side\":\"buy\",\"amount\":\"0.1\",\"price\":\"45000\",\"time_in_force\":\"gtc\"}";
    private ContractSimulator _sim = null!;

    public async Task InitializeAsync() => _sim = await ContractSimulator.StartAsync(ExchangeId.Gate);

    public async Task DisposeAsync() => await _sim.DisposeAsync();

    [Fact]
    public async Task Accounts_CorrectlySigned_IsAccepted()
    {
        var (status, label) = await SendAsync(Signed(new RestRequest(GateEndpoints.Accounts)));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Null(label);
    }

    [Fact]
    public async Task PlaceOrder_CorrectlySigned_IsCreated()
    {
        var (status, label) = await SendAsync(Signed(new RestRequest(GateEndpoints.PlaceOrder, body: OrderBody, contentType: "application/json")));

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Null(label);
    }

    [Fact]
    public async Task PlaceOrder_BodyChangedAfterSigning_IsInvalidSignature()
    {
        var signed = Signed(new RestRequest(GateEndpoints.PlaceOrder, body: OrderBody, contentType: "application/json"));

        var tampered = signed with { Body = OrderBody.Replace("\"0.1\"", "\"1\"", StringComparison.Ordinal) };

        Assert.Equal((HttpStatusCode.Unauthorized, "INVALID_SIGNATURE"), await SendAsync(tampered));
    }

    [Fact]
    public async Task Accounts_TimestampTwoMinutesOld_IsRequestExpired()
    {
        Assert.Equal((HttpStatusCode.Unauthorized, "REQUEST_EXPIRED"), await SendAsync(Signed(new RestRequest(GateEndpoints.Accounts), ageSeconds: 120)));
    }

    [Fact]
    public async Task Accounts_UnknownKey_IsInvalidKey()
    {
        var signed = Signed(new RestRequest(GateEndpoints.Accounts), new InMemoryCredentials("noSuchKey", "x-secret"));

        Assert.Equal((HttpStatusCode.Unauthorized, "INVALID_KEY"), await SendAsync(signed));
    }

    [Fact]
    public async Task Accounts_MissingTimestamp_IsMissingRequiredHeader()
    {
        var signed = Signed(new RestRequest(GateEndpoints.Accounts));
        var partial = signed with { Headers = signed.Headers.Where(h => h.Key != GateHeaders.Timestamp).ToList() };

        Assert.Equal((HttpStatusCode.Unauthorized, "MISSING_REQUIRED_HEADER"), await SendAsync(partial));
    }

    private SignedRequest Signed(RestRequest request, InMemoryCredentials? credentials = null, long ageSeconds = 0)
    {
        var key = ContractSeed.Trader;
        credentials ??= new InMemoryCredentials(key.KeyId, key.Secret);
        var now = DateTimeOffset.FromUnixTimeMilliseconds(_sim.Host.State.NowMs).AddSeconds(-ageSeconds);
        return new GateSigner().Sign(request, credentials, now);
    }

    private async Task<(HttpStatusCode Status, string? Label)> SendAsync(SignedRequest signed)
    {
        using var message = new HttpRequestMessage(signed.Method, new Uri(_sim.Host.BaseUrl, signed.PathAndQuery));
        foreach (var (name, value) in signed.Headers) message.Headers.TryAddWithoutValidation(name, value);
        if (signed.Body.Length > 0) message.Content = new StringContent(signed.Body, Encoding.UTF8, "application/json");
        using var response = await _sim.Http.SendAsync(message);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var label = body.RootElement.ValueKind == JsonValueKind.Object && body.RootElement.TryGetProperty("label", out var l) ? l.GetString() : null;
        return (response.StatusCode, label);
    }
}
