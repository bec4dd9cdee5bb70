using Qari.Model.Market;

namespace Qari.Exchanges.Gate;

/// <summary>Gate's candlestick <c>interval</c> names for Qari's timeframes.</summary>
public static class GateTimeframes
{
    /// <summary>The timeframes Qari fetches from Gate.</summary>
    public static IReadOnlyList<Timeframe> Supported { get; } = [Timeframe.M1, Timeframe.M5, Timeframe.M15, Timeframe.H1, Timeframe.H4, Timeframe.D1];

    /// <summary>Gate's name for a timeframe (1m, 5m, 15m, 1h, 4h, 1d).</summary>
    public static string ToWire(Timeframe timeframe) => timeframe switch
    {
        Timeframe.M1 => "1m",
        Timeframe.M5 => "5m",
        Timeframe.M15 => "15m",
        Timeframe.H1 => "1h",
        Timeframe.H4 => "4h",
        Timeframe.D1 => "1d",
        _ => throw new ArgumentOutOfRangeException(nameof(timeframe), timeframe, "Unknown timeframe."),
    };

    /// <summary>Parses Gate's name; false for names Qari does not use.</summary>
    public static bool TryFromWire(string? text, out Timeframe timeframe)
    {
        foreach (var candidate in Supported)
        {
            if (ToWire(candidate) == text)
            {
                timeframe = candidate;
                return true;
            }
        }
        timeframe = default;
        return false;
    }
}
