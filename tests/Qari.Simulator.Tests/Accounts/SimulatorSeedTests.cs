using Qari.Model.Ids;
using Qari.Model.Results;
using Qari.Simulator.Accounts;

namespace Qari.Simulator.Tests.Accounts;

public sealed class SimulatorSeedTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"qari-seed-{Guid.NewGuid():N}.json");

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void Load_TheDocumentedExample_ReadsMarketsAccountsAndKeyFlags()
    {
        File.WriteAllText(_path, """
            {
              "markets": [ { "symbol": "BTC/USDT", "tickSize": "0.01", "lotStep": "0.00001", "minQuantity": "0.00001", "minNotional": "5", "price": "65000" } ],
              "accounts": [ {
                "id": "alice", "makerFee": "0.001", "takerFee": 0.002,
                "balances": { "USDT": "10000", "BTC": 0.5 },
                "keys": [ { "keyId": "aliceKey1", "secret": "s3cr3t", "accountId": "alice", "passphrase": null, "exchange": "Okx",
                            "read": true, "spotTrade": true, "withdraw": false, "transfer": false, "margin": false, "futures": false,
                            "allowedIps": ["127.0.0.1"], "revoked": false } ]
              } ]
            }
            """);
        var seed = SimulatorSeed.Load(_path).Value;
        Assert.Equal(65_000m, seed.Markets[0].Price);
        var account = Assert.Single(seed.Accounts);
        Assert.Equal(0.002m, account.TakerFee);
        Assert.Equal(0.5m, account.Balances["BTC"]);
        var key = Assert.Single(account.Keys);
        Assert.Equal(ExchangeId.Okx, key.Exchange);
        Assert.True(key.IpRestricted);
        Assert.True(key.AllowsIp("127.0.0.1"));
        Assert.False(key.AllowsIp("10.0.0.1"));
        Assert.DoesNotContain("s3cr3t", key.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_InvalidJson_IsAValidationErrorNamingTheFile()
    {
        File.WriteAllText(_path, "{ \"accounts\": [ ");
        var result = SimulatorSeed.Load(_path);
        Assert.Equal(ErrorKind.Validation, result.Error!.Kind);
        Assert.Contains(_path, result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_IsAnError() => Assert.Equal("seed.missing", SimulatorSeed.Load(_path + ".none").Error!.Code);
}
