using Qari.Model.Market;

namespace Qari.Model.Tests.Market;

public class CandleCsvTests
{
    private const string Good = "open_time_ms,open,high,low,close,volume\n1000,10,12,9,11,5.5\n2000,11,11.5,10.5,11.2,0\n";

    [Fact]
    public void Read_GoodFile_AllRows()
    {
        var result = CandleCsv.Read(new StringReader(Good), "x.csv");
        Assert.True(result.IsSuccess);
        Assert.Equal(2, result.Value.Count);
        Assert.Equal(new Candle(1000, 10m, 12m, 9m, 11m, 5.5m), result.Value[0]);
    }

    [Fact]
    public void WriteThenRead_RoundTrips()
    {
        var candles = CandleCsv.Read(new StringReader(Good), "x.csv").Value;
        var writer = new StringWriter();
        CandleCsv.Write(writer, candles);
        Assert.Equal(Good, writer.ToString());
    }

    [Theory]
    [InlineData("", "line 1", "empty")]
    [InlineData("time,o,h,l,c,v\n", "line 1", "header")]
    [InlineData("open_time_ms,open,high,low,close,volume\n1000,10,12,9,11\n", "line 2", "6 fields")]
    [InlineData("open_time_ms,open,high,low,close,volume\n1000,10,12,9,11,5\n1000,10,12,9,11,5\n", "line 3", "duplicate")]
    [InlineData("open_time_ms,open,high,low,close,volume\n1000,10,9,9,11,5\n", "line 2", "high")]
    [InlineData("open_time_ms,open,high,low,close,volume\n1000,10,12,9,11,1e3\n", "line 2", "volume")]
    [InlineData("open_time_ms,open,high,low,close,volume\n1000,10,12,9,11,5\nabc,1,1,1,1,1\n", "line 3", "open_time_ms")]
    public void Read_BadInput_FailsWithFileLineAndReason(string text, string where, string what)
    {
        var result = CandleCsv.Read(new StringReader(text), "bad.csv");
        Assert.False(result.IsSuccess);
        Assert.Contains("bad.csv", result.Error!.Message, StringComparison.Ordinal);
        Assert.Contains(where, result.Error.Message, StringComparison.Ordinal);
        Assert.Contains(what, result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Timeframes_FloorMs_AlignsToUtcBoundaries()
    {
        var t = DateTimeOffset.Parse("2024-03-14T13:47:12Z", System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeMilliseconds();
        Assert.Equal(DateTimeOffset.Parse("2024-03-14T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeMilliseconds(), Timeframe.H4.FloorMs(t));
        Assert.Equal(DateTimeOffset.Parse("2024-03-14T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeMilliseconds(), Timeframe.D1.FloorMs(t));
        Assert.Equal(DateTimeOffset.Parse("2024-03-14T13:45:00Z", System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeMilliseconds(), Timeframe.M15.FloorMs(t));
    }
}
