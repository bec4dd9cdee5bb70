using Qari.Backtest.Replay;
using Qari.Model.Market;

namespace Qari.Backtest.Tests.Replay;

public class InstrumentGuessTests
{
    [Theory]
    [InlineData("88360.91", "0.01", "0.00001")]
    [InlineData("1.9335", "0.0001", "0.1")]
    [InlineData("0.13193", "0.00001", "1")]
    [InlineData("123.45", "0.01", "0.001")]
    public void From_BinanceLikePrices_TickFromDataAndLotWorthAtMostOneQuote(string price, string tick, string lot)
    {
        var p = decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture);
        // A trailing-zero price must not make the tick finer than the data shows.
        var candles = new[] { new Candle(0, p, p, p, p, 1m), new Candle(300_000, p * 1.0000m, p, p, p, 1m) };
        var rules = InstrumentGuess.From(candles);
        Assert.Equal(decimal.Parse(tick, System.Globalization.CultureInfo.InvariantCulture), rules.TickSize);
        Assert.Equal(decimal.Parse(lot, System.Globalization.CultureInfo.InvariantCulture), rules.LotStep);
        Assert.Equal(rules.LotStep, rules.MinQuantity);
        Assert.Equal(5m, rules.MinNotional);
    }
}
