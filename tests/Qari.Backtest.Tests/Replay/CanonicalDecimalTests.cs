using System.Globalization;
using Qari.Backtest.Replay;
using Qari.Model.Market;

namespace Qari.Backtest.Tests.Replay;

public class CanonicalDecimalTests
{
    [Theory]
    [InlineData("88340.00", "88340")]
    [InlineData("0.13190000", "0.1319")]
    [InlineData("0.1319", "0.1319")]
    [InlineData("120", "120")]
    [InlineData("0.000", "0")]
    [InlineData("-2.50", "-2.5")]
    [InlineData("79228162514264337593543950.330", "79228162514264337593543950.33")]
    public void Of_TrailingZeros_Dropped(string text, string expected)
    {
        var value = decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
        var canonical = CanonicalDecimal.Of(value);
        Assert.Equal(value, canonical);
        Assert.Equal(expected, canonical.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Of_Candle_EveryValueCanonical()
    {
        var c = CanonicalDecimal.Of(new Candle(300_000, 1.10m, 1.20m, 1.00m, 1.150m, 10.0m, 11.50m, 5.00m));
        Assert.Equal("1.1 1.2 1 1.15 10 11.5 5", string.Join(' ', new[] { c.Open, c.High, c.Low, c.Close, c.Volume, c.QuoteVolume!.Value, c.TakerBuyVolume!.Value }
            .Select(v => v.ToString(CultureInfo.InvariantCulture))));
    }
}
