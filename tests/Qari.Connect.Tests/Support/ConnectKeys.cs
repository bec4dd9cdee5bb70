using Qari.Simulator.Accounts;

namespace Qari.Connect.Tests.Support;

/// <summary>Simulator keys for the connect flow: one per case the flow must handle. Secrets carry characters that encode differently in base64, hex and URLs.</summary>
public static class ConnectKeys
{
    private static readonly string[] Loopback = ["127.0.0.1", "::1"];

    public static readonly SimKey Good = new("goodKey01", "good/Secret+Conn=0123456789abcdef~A", "acct", AllowedIps: Loopback);
    public static readonly SimKey Replacement = new("goodKey02", "repl/Secret+Conn=fedcba9876543210~B", "acct", AllowedIps: Loopback);
    public static readonly SimKey Withdraw = new("withdrawKey01", "wd/Secret+Conn=0123456789abcdef~C", "acct", Withdraw: true, AllowedIps: Loopback);
    public static readonly SimKey Transfer = new("transferKey01", "tr/Secret+Conn=0123456789abcdef~D", "acct", Transfer: true, AllowedIps: Loopback);
    public static readonly SimKey Futures = new("futuresKey01", "fu/Secret+Conn=0123456789abcdef~E", "acct", Futures: true, AllowedIps: Loopback);
    public static readonly SimKey Margin = new("marginKey01", "mg/Secret+Conn=0123456789abcdef~F", "acct", Margin: true, AllowedIps: Loopback);
    public static readonly SimKey Unrestricted = new("openKey01", "op/Secret+Conn=0123456789abcdef~G", "acct");
    public static readonly SimKey Revoked = new("revokedKey01", "rv/Secret+Conn=0123456789abcdef~H", "acct", AllowedIps: Loopback, Revoked: true);

    public static readonly SimKey Elsewhere = new("elsewhereKey01", "el/Secret+Conn=0123456789abcdef~I", "acct", AllowedIps: ["192.0.2.9"]);

    public static IReadOnlyList<SimKey> All { get; } = [Good, Replacement, Withdraw, Transfer, Futures, Margin, Unrestricted, Revoked, Elsewhere];

    public static SimulatorSeed Seed() => new()
    {
        Markets = [new SeedMarket("BTC/USDT", TickSize: 0.01m, LotStep: 0.00001m, MinQuantity: 0.00001m, MinNotional: 5m, Price: 50_000m)],
        Accounts = [new SeedAccount("acct", new Dictionary<string, decimal> { ["USDT"] = 10_000m }, [.. All])],
    };
}
