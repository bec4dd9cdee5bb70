using Qari.Exchanges.Kucoin;
using Qari.Model.Results;

namespace Qari.Exchanges.Tests.Kucoin;

public class KucoinErrorTableTests
{
    [Theory]
    [InlineData("400003", "KC-API-KEY not exists", ErrorKind.InvalidKey)]
    [InlineData("400004", "Invalid KC-API-PASSPHRASE", ErrorKind.InvalidKey)]
    [InlineData("400005", "Invalid KC-API-SIGN", ErrorKind.InvalidKey)]
    [InlineData("400002", "KC-API-TIMESTAMP Invalid", ErrorKind.TimestampOutOfWindow)]
    [InlineData("400006", "The requested ip address is not in the api whitelist", ErrorKind.IpNotAllowed)]
    [InlineData("400007", "Access Denied", ErrorKind.PermissionDenied)]
    [InlineData("200004", "Balance insufficient!", ErrorKind.InsufficientBalance)]
    [InlineData("400100", "order_not_exist_or_not_allow_to_cancel", ErrorKind.UnknownOrder)]
    [InlineData("400100", "Order size below the minimum requirement.", ErrorKind.BelowMinimum)]
    [InlineData("400100", "Order size increment invalid.", ErrorKind.InvalidPrecision)]
    [InlineData("600100", "Funds below the minimum requirement.", ErrorKind.BelowMinimum)]
    [InlineData("126044", "clientOid duplicate", ErrorKind.DuplicateClientOrderId)]
    [InlineData("400100", "something else", ErrorKind.Rejected)]
    public void Map_DocumentedCode_HasKind(string code, string message, ErrorKind kind)
    {
        var error = new KucoinErrorTable().Map(code, message, 400);

        Assert.Equal(kind, error.Kind);
        Assert.Equal(code, error.Code);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(kind == ErrorKind.TimestampOutOfWindow, error.Transient);
    }

    [Theory]
    [InlineData("429000")]
    [InlineData("500000")]
    public void Map_RateLimitAndServerErrors_AreTransient(string code)
    {
        Assert.True(new KucoinErrorTable().Map(code, "x", 200).Transient);
    }
}
