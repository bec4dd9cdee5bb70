using Qari.Model.Instruments;
using Qari.Model.Market;

namespace Qari.Backtest.Replay;

/// <summary>
/// Instrument rules for candle files that carry none: the tick is the finest price step the candles show, the lot a
/// power of ten worth at most one quote unit (this reproduces Binance's BTC/ETH/SOL/XRP/BNB/DOGE USDT lot steps), the
/// minimum quantity one lot, and the minimum notional 5 quote (Binance's NOTIONAL filter for USDT pairs).
/// </summary>
public static class InstrumentGuess
{
    /// <summary>The rules guessed from <paramref name="candles"/> (at least one).</summary>
    public static InstrumentRules From(IReadOnlyList<Candle> candles)
    {
        ArgumentNullException.ThrowIfNull(candles);
        if (candles.Count == 0) throw new ArgumentException("No candles to guess instrument rules from.", nameof(candles));
        var scale = 0;
        var sample = Math.Min(candles.Count, 2000);
        for (var i = 0; i < sample; i++)
        {
            var c = candles[i];
            scale = Math.Max(scale, Math.Max(Math.Max(Scale(c.Open), Scale(c.High)), Math.Max(Scale(c.Low), Scale(c.Close))));
        }
        var tick = Pow10(-Math.Min(scale, 8));
        var price = candles[0].Close > 0 ? candles[0].Close : 1m;
        var exponent = (int)Math.Floor(Math.Log10((double)(1m / price)));
        var lot = Pow10(Math.Clamp(exponent, -8, 0));
        return new InstrumentRules(tick, lot, lot, 5m);
    }

    private static int Scale(decimal value)
    {
        // Trailing zeros say nothing about the tick: 88340.00 trades in 0.01 steps only if some price shows it.
        var normalised = value / 1.000000000000000000000000000000000m;
        return normalised.Scale;
    }

    private static decimal Pow10(int exponent)
    {
        var value = 1m;
        for (var i = 0; i < Math.Abs(exponent); i++) value = exponent < 0 ? value / 10m : value * 10m;
        return value;
    }
}
