using Qari.Exchanges.Common;
using Qari.Model.Market;

namespace Qari.Exchanges.Kucoin;

/// <summary>KuCoin's kline <c>type</c> names for Qari's timeframes.</summary>
public static class KucoinTimeframes
{
    private static readonly TimeframeNames Names = new(
        (Timeframe.M1, "1min"),
        (Timeframe.M5, "5min"),
        (Timeframe.M15, "15min"),
        (Timeframe.H1, "1hour"),
        (Timeframe.H4, "4hour"),
        (Timeframe.D1, "1day"));

    /// <summary>The timeframes Qari fetches from KuCoin.</summary>
    public static IReadOnlyList<Timeframe> Supported => Names.Supported;

    /// <summary>KuCoin's name for a timeframe (1min, 5min, 15min, 1hour, 4hour, 1day).</summary>
    public static string ToWire(Timeframe timeframe) => Names.ToWire(timeframe);

    /// <summary>Parses KuCoin's name; false for names Qari does not use.</summary>
    public static bool TryFromWire(string? text, out Timeframe timeframe) => Names.TryFromWire(text, out timeframe);
}
