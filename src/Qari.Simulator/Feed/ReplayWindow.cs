using Qari.Model.Market;

namespace Qari.Simulator.Feed;

/// <summary>Where an accelerated replay of a candle library starts and ends.</summary>
public static class ReplayWindow
{
    private static readonly long M5 = Timeframe.M5.Milliseconds();

    /// <summary>
    /// The default start: <paramref name="warmUpDays"/> after the latest first candle of any symbol (so clients have
    /// history to warm up on), at the last millisecond of a 5-minute candle — that candle has closed, the next has not.
    /// </summary>
    public static DateTimeOffset DefaultStart(CandleLibrary library, int warmUpDays)
    {
        ArgumentNullException.ThrowIfNull(library);
        var firstOpen = library.Symbols.Max(s => library.Finest(s).Candles[0].OpenTimeMs);
        return DateTimeOffset.FromUnixTimeMilliseconds(Timeframe.M5.FloorMs(firstOpen + warmUpDays * 86_400_000L) + M5 - 1);
    }

    /// <summary>The close of the last candle every symbol has (the replay stops there).</summary>
    public static long EndMs(CandleLibrary library)
    {
        ArgumentNullException.ThrowIfNull(library);
        return library.Symbols.Min(s => library.Finest(s).Candles[^1].OpenTimeMs) + M5 - 1;
    }
}
