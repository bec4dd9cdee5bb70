namespace Qari.Simulator.Accounts;

/// <summary>
/// The account the simulator starts with when no seed file is given, so <c>qari simulator</c> followed by
/// <c>qari exchange verify</c> works from a fresh clone. The key is public and only ever valid on the simulator.
/// </summary>
public static class DemoSeed
{
    /// <summary>The demo key id.</summary>
    public const string KeyId = "qari-demo-key";

    /// <summary>The demo secret (documented in the README; useless anywhere but the local simulator).</summary>
    public const string Secret = "qari-demo-secret-for-the-local-simulator-only";

    /// <summary>The demo account id.</summary>
    public const string AccountId = "demo";

    /// <summary>One account with 10,000 USDT and a read + spot-trade key restricted to loopback.</summary>
    public static SimulatorSeed Create() => new()
    {
        Accounts =
        [
            new SeedAccount(AccountId, new Dictionary<string, decimal> { ["USDT"] = 10_000m },
                [new SimKey(KeyId, Secret, AccountId, AllowedIps: ["127.0.0.1", "::1"]), .. DemoExchangeKeys.For(AccountId)]),
        ],
    };
}
