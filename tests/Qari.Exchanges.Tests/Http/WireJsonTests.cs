using Qari.Exchanges.Http;
using Qari.Model.Results;

namespace Qari.Exchanges.Tests.Http;

public sealed class WireJsonTests
{
    [Theory]
    [InlineData("""{"p":"1.5"}""", 1.5)]
    [InlineData("""{"p":1.5}""", 1.5)]
    [InlineData("""{"p":"1e-8"}""", 0.00000001)]
    public void GetDecimal_StringOrNumber_Parses(string body, double expected) =>
        Assert.Equal((decimal)expected, WireJson.Parse(body, "t", r => r.GetDecimal("p")).Value);

    [Theory]
    [InlineData("""{"p":"NaN"}""")]
    [InlineData("""{"p":true}""")]
    [InlineData("""{"q":"1"}""")]
    [InlineData("""{"p":""")]
    [InlineData("""[1,2]""")]
    public void Parse_BadField_IsMalformedWithWhere(string body)
    {
        var result = WireJson.Parse(body, "somewhere", r => r.GetDecimal("p"));
        Assert.Equal(ErrorKind.MalformedResponse, result.Error!.Kind);
        Assert.StartsWith("somewhere:", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LongBody_ExcerptIsShort()
    {
        var result = WireJson.Parse("{" + new string(' ', 5000), "w", r => r.GetString("x"));
        Assert.True(result.Error!.Message.Length < 600);
    }

    [Fact]
    public void GetOptionalDecimal_EmptyString_IsNull() => Assert.Null(WireJson.Parse("""{"p":""}""", "t", r => r.GetOptionalDecimal("p")).Value);
}
