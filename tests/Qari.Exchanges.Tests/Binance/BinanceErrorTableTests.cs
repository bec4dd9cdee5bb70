using Qari.Exchanges.Binance;
using Qari.Model.Results;

namespace Qari.Exchanges.Tests.Binance;

public sealed class BinanceErrorTableTests
{
    private readonly BinanceErrorTable _table = new();

    [Theory]
    [InlineData("-2015", "Invalid API-key, IP, or permissions for action.", 401, ErrorKind.InvalidKey)]
    [InlineData("-2014", "API-key format invalid.", 401, ErrorKind.InvalidKey)]
    [InlineData("-1022", "Signature for this request is not valid.", 400, ErrorKind.InvalidKey)]
    [InlineData("-1021", "Timestamp for this request is outside of the recvWindow.", 400, ErrorKind.TimestampOutOfWindow)]
    [InlineData("-2010", "Account has insufficient balance for requested action.", 400, ErrorKind.InsufficientBalance)]
    [InlineData("-2010", "Duplicate order sent.", 400, ErrorKind.DuplicateClientOrderId)]
    [InlineData("-2010", "Order would immediately match and take.", 400, ErrorKind.Rejected)]
    [InlineData("-1013", "Filter failure: NOTIONAL", 400, ErrorKind.BelowMinimum)]
    [InlineData("-1013", "Filter failure: MIN_NOTIONAL", 400, ErrorKind.BelowMinimum)]
    [InlineData("-1013", "Filter failure: LOT_SIZE", 400, ErrorKind.InvalidPrecision)]
    [InlineData("-1013", "Filter failure: PRICE_FILTER", 400, ErrorKind.InvalidPrecision)]
    [InlineData("-1111", "Parameter 'quantity' has too much precision.", 400, ErrorKind.InvalidPrecision)]
    [InlineData("-2011", "Unknown order sent.", 400, ErrorKind.UnknownOrder)]
    [InlineData("-2013", "Order does not exist.", 400, ErrorKind.UnknownOrder)]
    [InlineData("-1003", "Too much request weight used", 429, ErrorKind.RateLimited)]
    [InlineData("-1001", "Internal error; unable to process your request. Please try again.", 503, ErrorKind.ExchangeUnavailable)]
    [InlineData("-9999", "Something new.", 400, ErrorKind.Rejected)]
    [InlineData("-9999", "Something new.", 503, ErrorKind.ExchangeUnavailable)]
    public void Map_DocumentedCode_GivesTheTaxonomyKind(string code, string message, int status, ErrorKind expected)
    {
        var error = _table.Map(code, message, status);
        Assert.Equal(expected, error.Kind);
        Assert.Equal(code, error.Code);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-1003")]
    [InlineData("-1021")]
    [InlineData("-1001")]
    public void Map_RetryableCodes_AreTransient(string code) => Assert.True(_table.Map(code, "x", 400).Transient);

    [Fact]
    public void Map_InsufficientBalance_IsNotTransient() => Assert.False(_table.Map("-2010", "Account has insufficient balance for requested action.", 400).Transient);
}
