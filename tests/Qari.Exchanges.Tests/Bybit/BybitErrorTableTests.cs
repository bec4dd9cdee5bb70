using Qari.Exchanges.Bybit;
using Qari.Model.Results;

namespace Qari.Exchanges.Tests.Bybit;

public class BybitErrorTableTests
{
    [Theory]
    [InlineData("10003", ErrorKind.InvalidKey, false)]
    [InlineData("10004", ErrorKind.InvalidKey, false)]
    [InlineData("10002", ErrorKind.TimestampOutOfWindow, true)]
    [InlineData("10005", ErrorKind.PermissionDenied, false)]
    [InlineData("10010", ErrorKind.IpNotAllowed, false)]
    [InlineData("10006", ErrorKind.RateLimited, true)]
    [InlineData("170131", ErrorKind.InsufficientBalance, false)]
    [InlineData("170136", ErrorKind.BelowMinimum, false)]
    [InlineData("170140", ErrorKind.BelowMinimum, false)]
    [InlineData("170134", ErrorKind.InvalidPrecision, false)]
    [InlineData("170137", ErrorKind.InvalidPrecision, false)]
    [InlineData("170213", ErrorKind.UnknownOrder, false)]
    [InlineData("110001", ErrorKind.UnknownOrder, false)]
    [InlineData("170141", ErrorKind.DuplicateClientOrderId, false)]
    [InlineData("10016", ErrorKind.ExchangeUnavailable, true)]
    [InlineData("99999999", ErrorKind.Rejected, false)]
    public void Map_Code_MapsToKind(string code, ErrorKind kind, bool transient)
    {
        var e = new BybitErrorTable().Map(code, "msg", 200);
        Assert.Equal((kind, transient, code), (e.Kind, e.Transient, e.Code));
    }

    [Fact]
    public void Map_Http403WithoutCode_IsRateLimitNotPermission() =>
        Assert.Equal(ErrorKind.RateLimited, new BybitErrorTable().Map("403", "access too frequent", 403).Kind);
}
