using Qari.Model.Ids;
using Qari.Model.Market;
using Qari.Simulator.Engine;

namespace Qari.Simulator.Feed;

/// <summary>
/// Plays candle history into the engine as the clock moves: each candle of the finest timeframe whose open time
/// the clock passes becomes four prices (open, then low and high in the order the candle's direction suggests,
/// then close), each carrying a quarter of the candle's volume as the liquidity resting orders can fill against.
/// </summary>
public sealed class ReplayFeed
{
    private readonly CandleLibrary _library;
    private readonly MatchingEngine _engine;
    private readonly object _gate = new();
    private long _playedUntilMs;

    /// <summary>Creates a feed positioned at <paramref name="nowMs"/> (history before it counts as played).</summary>
    public ReplayFeed(CandleLibrary library, MatchingEngine engine, long nowMs)
    {
        _library = library;
        _engine = engine;
        _playedUntilMs = nowMs;
    }

    /// <summary>The candle history.</summary>
    public CandleLibrary Library => _library;

    /// <summary>The close of the last candle opened at or before <paramref name="nowMs"/> (or the first open), or null without history.</summary>
    public decimal? PriceAt(Symbol symbol, long nowMs)
    {
        var (_, candles) = _library.Finest(symbol);
        if (candles.Count == 0) return null;
        var index = LastAtOrBefore(candles, nowMs);
        return index < 0 ? candles[0].Open : candles[index].Close;
    }

    /// <summary>Candles of a timeframe that have opened by <paramref name="nowMs"/>.</summary>
    public IReadOnlyList<Candle> Candles(Symbol symbol, Timeframe timeframe, long nowMs)
    {
        var series = _library.Series(symbol, timeframe);
        var count = LastAtOrBefore(series, nowMs) + 1;
        return count == series.Count ? series : series.Take(count).ToList();
    }

    /// <summary>Plays every candle that opened after the last call and at or before <paramref name="nowMs"/>.</summary>
    public int PlayUntil(long nowMs)
    {
        lock (_gate)
        {
            var played = 0;
            foreach (var symbol in _library.Symbols)
            {
                var (_, candles) = _library.Finest(symbol);
                foreach (var c in candles.Where(c => c.OpenTimeMs > _playedUntilMs && c.OpenTimeMs <= nowMs))
                {
                    var quarter = c.Volume / 4m;
                    var path = c.Close >= c.Open ? new[] { c.Open, c.Low, c.High, c.Close } : [c.Open, c.High, c.Low, c.Close];
                    foreach (var price in path) _engine.PushPrice(symbol, price, quarter);
                    played++;
                }
            }
            _playedUntilMs = Math.Max(_playedUntilMs, nowMs);
            return played;
        }
    }

    private static int LastAtOrBefore(IReadOnlyList<Candle> candles, long timeMs)
    {
        int lo = 0, hi = candles.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (candles[mid].OpenTimeMs <= timeMs) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found;
    }
}
