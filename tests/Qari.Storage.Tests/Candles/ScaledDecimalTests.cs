using Qari.Storage.Candles;

namespace Qari.Storage.Tests.Candles;

public class ScaledDecimalTests
{
    [Theory]
    [InlineData("1.10", 1)]
    [InlineData("126011.12", 2)]
    [InlineData("0.00000001", 8)]
    [InlineData("100", 0)]
    [InlineData("79228162514264337593543950335", 0)]
    [InlineData("7922816251426433759354395.0335", 4)]
    public void NeededScale_IgnoresTrailingZeros(string text, int expected) =>
        Assert.Equal(expected, ScaledDecimal.NeededScale(decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("1.5", 3, 1500)]
    [InlineData("0.00001241", 8, 1241)]
    [InlineData("92233720368547758.07", 2, long.MaxValue)]
    [InlineData("1.10", 1, 11)]
    public void TryToMantissa_ExactValues(string text, byte scale, long expected)
    {
        Assert.True(ScaledDecimal.TryToMantissa(decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture), scale, out var m));
        Assert.Equal(expected, m);
    }

    [Theory]
    [InlineData("1.25", 1)]                     // needs more places than the scale
    [InlineData("92233720368547758.08", 2)]     // one above long.MaxValue
    [InlineData("79228162514264337593543950335", 0)]
    public void TryToMantissa_NotRepresentable_False(string text, byte scale) =>
        Assert.False(ScaledDecimal.TryToMantissa(decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture), scale, out _));

    [Fact]
    public void FromMantissa_ShortestForm() =>
        Assert.Equal("16542.4", ScaledDecimal.FromMantissa(1654240, 2).ToString(System.Globalization.CultureInfo.InvariantCulture));
}
