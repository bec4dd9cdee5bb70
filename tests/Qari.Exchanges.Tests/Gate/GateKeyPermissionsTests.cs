using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Gate;
using Qari.Model.Results;

namespace Qari.Exchanges.Tests.Gate;

// GET /account/main_keys, after Gate's documented example (keys masked, perms as name + read_only).
public class GateKeyPermissionsTests
{
    private const string Keys = """
        [{"state":1,"mode":1,"name":"test1","user_id":1,"perms":[{"name":"account","read_only":false},{"name":"spot","read_only":false}],
          "ip_whitelist":[],"currency_pairs":["BTC_USD","ETH_USD"],"key":"c5dcfbf1f3a7*****","created_at":1753030929,"update_at":1756300567,"last_access":1753030929},
         {"state":1,"mode":1,"name":"test2","user_id":1,"perms":[{"name":"spot","read_only":true},{"name":"wallet","read_only":false},{"name":"futures","read_only":false}],
          "ip_whitelist":["203.0.113.7"],"currency_pairs":[],"key":"9a8b7c6d5e4f*****","created_at":1753030929,"update_at":1756300567,"last_access":1753030929}]
        """;

    [Fact]
    public void Report_SpotKey_GrantsSpotTradeAndNothingDangerous()
    {
        var report = GateKeyPermissions.Report(Keys, "c5dcfbf1f3a7aa00bb11cc22dd33ee44").Value!;

        Assert.Equal(Permission.Granted, report.Read);
        Assert.Equal(Permission.Granted, report.SpotTrade);
        Assert.Empty(report.DangerousPermissions());
        Assert.Equal(Permission.Denied, report.IpRestricted);
    }

    [Fact]
    public void Report_WalletAndFuturesKey_IsDangerousAndReadOnlyOnSpot()
    {
        var report = GateKeyPermissions.Report(Keys, "9a8b7c6d5e4f0011").Value!;

        Assert.Equal(Permission.Denied, report.SpotTrade);
        Assert.Equal(["withdraw", "transfer", "futures/derivatives"], report.DangerousPermissions());
        Assert.Equal(["203.0.113.7"], report.AllowedIps);
    }

    [Fact]
    public void Report_KeyNotInTheList_IsNull()
    {
        Assert.Null(GateKeyPermissions.Report(Keys, "ffffffffffff0000").Value);
    }

    [Fact]
    public void Report_UnknownPermissionGroup_FailsRatherThanGuessing()
    {
        var result = GateKeyPermissions.Report("""{"perms":[{"name":"teleport","read_only":false}]}""", "k");

        Assert.Equal(ErrorKind.MalformedResponse, result.Error!.Kind);
    }
}
