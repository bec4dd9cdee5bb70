using Qari.Exchanges.Common;
using Qari.Model.Market;

namespace Qari.Exchanges.Gate;

/// <summary>Gate's candlestick <c>interval</c> names for Qari's timeframes.</summary>
public static class GateTimeframes
{
    private static readonly TimeframeNames Names = new(
        (Timeframe.M1, "1m"),
        (Timeframe.M5, "5m"),
        (Timeframe.M15, "15m"),
        (Timeframe.H1, "1h"),
        (Timeframe.H4, "4h"),
        (Timeframe.D1, "1d"));

    /// <summary>The timeframes Qari fetches from Gate.</summary>
    public static IReadOnlyList<Timeframe> Supported => Names.Supported;

    /// <summary>Gate's name for a timeframe (1m, 5m, 15m, 1h, 4h, 1d).</summary>
    public static string ToWire(Timeframe timeframe) => Names.ToWire(timeframe);

    /// <summary>Parses Gate's name; false for names Qari does not use.</summary>
    public static bool TryFromWire(string? text, out Timeframe timeframe) => Names.TryFromWire(text, out timeframe);
}
