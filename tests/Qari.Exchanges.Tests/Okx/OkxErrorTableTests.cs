using Qari.Exchanges.Okx;
using Qari.Model.Results;

namespace Qari.Exchanges.Tests.Okx;

public class OkxErrorTableTests
{
    [Theory]
    [InlineData("50111", ErrorKind.InvalidKey, false)]
    [InlineData("50113", ErrorKind.InvalidKey, false)]
    [InlineData("50105", ErrorKind.InvalidKey, false)]
    [InlineData("50102", ErrorKind.TimestampOutOfWindow, true)]
    [InlineData("50110", ErrorKind.IpNotAllowed, false)]
    [InlineData("50120", ErrorKind.PermissionDenied, false)]
    [InlineData("50011", ErrorKind.RateLimited, true)]
    [InlineData("51008", ErrorKind.InsufficientBalance, false)]
    [InlineData("51020", ErrorKind.BelowMinimum, false)]
    [InlineData("51121", ErrorKind.InvalidPrecision, false)]
    [InlineData("51603", ErrorKind.UnknownOrder, false)]
    [InlineData("51400", ErrorKind.UnknownOrder, false)]
    [InlineData("51016", ErrorKind.DuplicateClientOrderId, false)]
    [InlineData("50001", ErrorKind.ExchangeUnavailable, true)]
    [InlineData("59999", ErrorKind.Rejected, false)]
    public void Map_Code_MapsToKind(string code, ErrorKind kind, bool transient)
    {
        var e = new OkxErrorTable().Map(code, "msg", 200);
        Assert.Equal((kind, transient), (e.Kind, e.Transient));
    }
}
