using Qari.Simulator.Engine;
using Qari.Simulator.Hosting;

namespace Qari.Simulator.Dialects.Kucoin;

/// <summary>24-hour statistics of a market from the replayed candles (shared by the KuCoin and Gate dialects).</summary>
internal sealed record SimDayStats(decimal Open, decimal High, decimal Low, decimal Last, decimal Volume, decimal QuoteVolume)
{
    public static SimDayStats Of(SimMarket market, SimulatorState state)
    {
        var now = state.NowMs;
        var (tf, _) = state.Feed.Library.Finest(market.Symbol);
        var day = state.Feed.Candles(market.Symbol, tf, now).Where(c => c.OpenTimeMs > now - 86_400_000L).ToList();
        var last = market.LastPrice;
        var open = day.Count > 0 ? day[0].Open : last;
        var high = Math.Max(last, day.Count > 0 ? day.Max(c => c.High) : last);
        var low = Math.Min(last, day.Count > 0 ? day.Min(c => c.Low) : last);
        var volume = day.Sum(c => c.Volume);
        var quote = day.Sum(c => c.QuoteVolume ?? c.Volume * (c.Open + c.High + c.Low + c.Close) / 4m);
        return new SimDayStats(open, high, low, last, volume, quote);
    }
}
