namespace Qari.Model.Market;

/// <summary>Durations, UTC alignment and names of <see cref="Timeframe"/>s.</summary>
public static class Timeframes
{
    /// <summary>The timeframe's length.</summary>
    public static TimeSpan Duration(this Timeframe tf) => TimeSpan.FromMinutes((int)tf);

    /// <summary>The timeframe's length in milliseconds.</summary>
    public static long Milliseconds(this Timeframe tf) => (long)tf * 60_000L;

    /// <summary>The open time (ms, UTC) of the candle containing <paramref name="timeMs"/>; candles align to the Unix epoch.</summary>
    public static long FloorMs(this Timeframe tf, long timeMs)
    {
        var len = tf.Milliseconds();
        return timeMs - (((timeMs % len) + len) % len);
    }

    /// <summary>The short name used in files and on the command line: 1m, 5m, 15m, 1h, 4h, 1d.</summary>
    public static string Name(this Timeframe tf) => tf switch
    {
        Timeframe.M1 => "1m",
        Timeframe.M5 => "5m",
        Timeframe.M15 => "15m",
        Timeframe.H1 => "1h",
        Timeframe.H4 => "4h",
        Timeframe.D1 => "1d",
        _ => throw new ArgumentOutOfRangeException(nameof(tf), tf, "Unknown timeframe."),
    };

    /// <summary>Parses 1m/5m/15m/1h/4h/1d.</summary>
    public static bool TryParse(string? text, out Timeframe tf)
    {
        foreach (var candidate in Enum.GetValues<Timeframe>())
        {
            if (string.Equals(candidate.Name(), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                tf = candidate;
                return true;
            }
        }
        tf = default;
        return false;
    }
}
