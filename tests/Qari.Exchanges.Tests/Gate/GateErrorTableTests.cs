using Qari.Exchanges.Gate;
using Qari.Model.Results;

namespace Qari.Exchanges.Tests.Gate;

public class GateErrorTableTests
{
    [Theory]
    [InlineData("INVALID_KEY", ErrorKind.InvalidKey)]
    [InlineData("INVALID_SIGNATURE", ErrorKind.InvalidKey)]
    [InlineData("MISSING_REQUIRED_HEADER", ErrorKind.InvalidKey)]
    [InlineData("REQUEST_EXPIRED", ErrorKind.TimestampOutOfWindow)]
    [InlineData("IP_FORBIDDEN", ErrorKind.IpNotAllowed)]
    [InlineData("READ_ONLY", ErrorKind.PermissionDenied)]
    [InlineData("FORBIDDEN", ErrorKind.PermissionDenied)]
    [InlineData("BALANCE_NOT_ENOUGH", ErrorKind.InsufficientBalance)]
    [InlineData("ORDER_NOT_FOUND", ErrorKind.UnknownOrder)]
    [InlineData("AMOUNT_TOO_LITTLE", ErrorKind.BelowMinimum)]
    [InlineData("INVALID_PRECISION", ErrorKind.InvalidPrecision)]
    [InlineData("INVALID_CURRENCY_PAIR", ErrorKind.Rejected)]
    [InlineData("SOMETHING_NEW", ErrorKind.Rejected)]
    public void Map_Label_HasKind(string label, ErrorKind kind)
    {
        var error = new GateErrorTable().Map(label, "details", 400);

        Assert.Equal(kind, error.Kind);
        Assert.Equal(label, error.Code);
        Assert.Contains("details", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("TOO_MANY_REQUESTS", ErrorKind.RateLimited)]
    [InlineData("SERVER_ERROR", ErrorKind.ExchangeUnavailable)]
    public void Map_RetryableLabels_AreTransient(string label, ErrorKind kind)
    {
        var error = new GateErrorTable().Map(label, "", 429);

        Assert.Equal(kind, error.Kind);
        Assert.True(error.Transient);
    }

    [Fact]
    public void ReadError_LabelBody_IsTyped_AndHtmlIsMalformed()
    {
        Assert.Equal(ErrorKind.IpNotAllowed, GateJson.ReadError("""{"label":"IP_FORBIDDEN","message":"ip not allowed"}""", 403).Kind);
        Assert.Equal(ErrorKind.MalformedResponse, GateJson.ReadError("<html>502 Bad Gateway</html>", 502).Kind);
    }
}
