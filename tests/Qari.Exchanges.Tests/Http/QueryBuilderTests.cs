using Qari.Exchanges.Http;

namespace Qari.Exchanges.Tests.Http;

public sealed class QueryBuilderTests
{
    [Fact]
    public void ToString_Parameters_KeepsOrderAndSkipsNulls() =>
        Assert.Equal("b=2&a=x%20y&c=0.1", new QueryBuilder().Add("b", 2L).Add("a", "x y").Add("skip", (string?)null).Add("c", 0.10m).ToString());

    [Theory]
    [InlineData("0.10000000", "0.1")]
    [InlineData("100.00", "100")]
    [InlineData("0.00000001", "0.00000001")]
    [InlineData("65000.5", "65000.5")]
    public void Format_Decimal_IsInvariantWithoutTrailingZeros(string input, string expected) =>
        Assert.Equal(expected, QueryBuilder.Format(decimal.Parse(input, System.Globalization.CultureInfo.InvariantCulture)));
}
