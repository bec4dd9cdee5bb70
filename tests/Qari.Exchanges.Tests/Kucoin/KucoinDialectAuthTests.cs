using System.Net;
using System.Text;
using System.Text.Json;
using Qari.Exchanges.Http;
using Qari.Exchanges.Kucoin;
using Qari.Exchanges.Tests.Contract;
using Qari.Model.Ids;

namespace Qari.Exchanges.Tests.Kucoin;

/// <summary>The simulator's KuCoin dialect rejects a bad signature, timestamp, passphrase or key with KuCoin's own codes.</summary>
public sealed class KucoinDialectAuthTests : IAsyncLifetime
{
    private ContractSimulator _sim = null!;

    public async Task InitializeAsync() => _sim = await ContractSimulator.StartAsync(ExchangeId.Kucoin);

    public async Task DisposeAsync() => await _sim.DisposeAsync();

    [Fact]
    public async Task Accounts_CorrectlySigned_IsAccepted()
    {
        var (status, code) = await SendAsync(Signed());

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("200000", code);
    }

    [Fact]
    public async Task Accounts_SignatureOfAnotherPath_Is400005()
    {
        var signed = Signed();
        var forged = signed with { PathAndQuery = "/api/v1/accounts?type=main" };

        Assert.Equal((HttpStatusCode.Unauthorized, "400005"), await SendAsync(forged));
    }

    [Fact]
    public async Task Accounts_TimestampSixSecondsOld_Is400002()
    {
        Assert.Equal((HttpStatusCode.Unauthorized, "400002"), await SendAsync(Signed(ageMs: 6_000)));
    }

    [Fact]
    public async Task Accounts_UnknownKey_Is400003()
    {
        Assert.Equal((HttpStatusCode.Unauthorized, "400003"), await SendAsync(Signed(new InMemoryCredentials("noSuchKey", "x-secret", "p"))));
    }

    [Fact]
    public async Task Accounts_WrongPassphrase_Is400004()
    {
        var key = ContractSeed.Trader;
        Assert.Equal((HttpStatusCode.Unauthorized, "400004"), await SendAsync(Signed(new InMemoryCredentials(key.KeyId, key.Secret, "not-the-passphrase"))));
    }

    [Fact]
    public async Task Accounts_PlainPassphraseWithKeyVersion2_Is400004()
    {
        var signed = Signed();
        var plain = signed with { Headers = signed.Headers.Select(h => h.Key == KucoinHeaders.Passphrase ? new(h.Key, ContractSeed.Passphrase) : h).ToList() };

        Assert.Equal((HttpStatusCode.Unauthorized, "400004"), await SendAsync(plain));
    }

    [Fact]
    public async Task Accounts_MissingSignHeader_Is400001()
    {
        var signed = Signed();
        var unsigned = signed with { Headers = signed.Headers.Where(h => h.Key != KucoinHeaders.Sign).ToList() };

        Assert.Equal((HttpStatusCode.Unauthorized, "400001"), await SendAsync(unsigned));
    }

    private SignedRequest Signed(InMemoryCredentials? credentials = null, long ageMs = 0)
    {
        var key = ContractSeed.Trader;
        credentials ??= new InMemoryCredentials(key.KeyId, key.Secret, key.Passphrase);
        var now = DateTimeOffset.FromUnixTimeMilliseconds(_sim.Host.State.NowMs - ageMs);
        return new KucoinSigner().Sign(new RestRequest(KucoinEndpoints.Accounts, "type=trade"), credentials, now);
    }

    private async Task<(HttpStatusCode Status, string Code)> SendAsync(SignedRequest signed)
    {
        using var message = new HttpRequestMessage(signed.Method, new Uri(_sim.Host.BaseUrl, signed.PathAndQuery));
        foreach (var (name, value) in signed.Headers) message.Headers.TryAddWithoutValidation(name, value);
        if (signed.Body.Length > 0) message.Content = new StringContent(signed.Body, Encoding.UTF8, "application/json");
        using var response = await _sim.Http.SendAsync(message);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, body.RootElement.GetProperty("code").GetString()!);
    }
}
