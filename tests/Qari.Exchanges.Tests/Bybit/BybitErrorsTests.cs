using Qari.Exchanges.Bybit;
using Qari.Model.Results;

namespace Qari.Exchanges.Tests.Bybit;

public class BybitErrorsTests
{
    [Theory]
    [InlineData(10003, ErrorKind.InvalidKey, false)]
    [InlineData(10004, ErrorKind.InvalidKey, false)]
    [InlineData(10002, ErrorKind.TimestampOutOfWindow, true)]
    [InlineData(10005, ErrorKind.PermissionDenied, false)]
    [InlineData(10010, ErrorKind.IpNotAllowed, false)]
    [InlineData(10006, ErrorKind.RateLimited, true)]
    [InlineData(170131, ErrorKind.InsufficientBalance, false)]
    [InlineData(170136, ErrorKind.BelowMinimum, false)]
    [InlineData(170140, ErrorKind.BelowMinimum, false)]
    [InlineData(170134, ErrorKind.InvalidPrecision, false)]
    [InlineData(170137, ErrorKind.InvalidPrecision, false)]
    [InlineData(170213, ErrorKind.UnknownOrder, false)]
    [InlineData(110001, ErrorKind.UnknownOrder, false)]
    [InlineData(170141, ErrorKind.DuplicateClientOrderId, false)]
    [InlineData(10016, ErrorKind.ExchangeUnavailable, true)]
    [InlineData(99999999, ErrorKind.Rejected, false)]
    public void Classify_Code_MapsToKind(int code, ErrorKind kind, bool transient) =>
        Assert.Equal((kind, transient), BybitErrors.Classify(code));

    [Fact]
    public void ToError_Code_KeepsCodeAndNamesTheEndpoint()
    {
        var e = BybitErrors.ToError(170131, "Insufficient balance.", "order/create");
        Assert.Equal("170131", e.Code);
        Assert.Contains("order/create", e.Message, StringComparison.Ordinal);
    }
}
