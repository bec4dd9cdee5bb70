using Qari.Simulator.Accounts;

namespace Qari.Exchanges.Tests.Contract;

/// <summary>The accounts and keys every adapter's contract run starts with.</summary>
public static class ContractSeed
{
    public const string Passphrase = "contract-passphrase";
    public static readonly string[] Loopback = ["127.0.0.1", "::1"];

    /// <summary>Read + spot trade, restricted to loopback, well funded.</summary>
    public static readonly SimKey Trader = new("traderKey01", "trader-secret-0123456789abcdef", "trader", Passphrase, AllowedIps: Loopback);
    /// <summary>Can withdraw and transfer (Qari must refuse it), no IP restriction.</summary>
    public static readonly SimKey Withdrawer = new("withdrawKey01", "withdraw-secret-0123456789abcd", "trader", Passphrase, Withdraw: true, Transfer: true);
    /// <summary>Read + trade without IP restriction.</summary>
    public static readonly SimKey Unrestricted = new("openKey01", "open-secret-0123456789abcdefgh", "trader", Passphrase);
    /// <summary>Read only.</summary>
    public static readonly SimKey ReadOnly = new("readOnlyKey01", "readonly-secret-0123456789abcd", "trader", Passphrase, SpotTrade: false, AllowedIps: Loopback);
    /// <summary>Restricted to an IP the tests never come from (documentation range).</summary>
    public static readonly SimKey Elsewhere = new("elsewhereKey01", "elsewhere-secret-0123456789ab", "trader", Passphrase, AllowedIps: ["203.0.113.7"]);
    /// <summary>A small account (insufficient-balance cases).</summary>
    public static readonly SimKey Poor = new("poorKey01", "poor-secret-0123456789abcdefgh", "poor", Passphrase, AllowedIps: Loopback);

    public static SimulatorSeed Create() => new()
    {
        Markets =
        [
            new SeedMarket("BTC/USDT", TickSize: 0.01m, LotStep: 0.00001m, MinQuantity: 0.00001m, MinNotional: 5m, Price: 50_000m),
            new SeedMarket("ETH/USDT", TickSize: 0.01m, LotStep: 0.0001m, MinQuantity: 0.0001m, MinNotional: 5m, Price: 2_000m),
        ],
        Accounts =
        [
            new SeedAccount("trader", new Dictionary<string, decimal> { ["USDT"] = 100_000m, ["BTC"] = 2m }, [Trader, Withdrawer, Unrestricted, ReadOnly, Elsewhere]),
            new SeedAccount("poor", new Dictionary<string, decimal> { ["USDT"] = 10m }, [Poor]),
        ],
    };
}
