using System.Globalization;

namespace Qari.Cli.Commands.Data;

/// <summary>The download's progress line on standard error: candles stored, candles per second and the ETA, redrawn in place.</summary>
internal sealed class DownloadProgress(TextWriter error, TimeProvider time, long totalCandles)
{
    private readonly long _started = time.GetTimestamp();
    private long _done;

    /// <summary>Counts <paramref name="candles"/> more as handled (stored, skipped as missing or not yet closed) and redraws the line.</summary>
    public void Advance(string series, long candles)
    {
        _done = Math.Min(totalCandles, _done + candles);
        var seconds = Math.Max(time.GetElapsedTime(_started).TotalSeconds, 0.001);
        var rate = _done / seconds;
        var eta = rate > 0 ? TimeSpan.FromSeconds((totalCandles - _done) / rate) : TimeSpan.Zero;
        error.Write(string.Create(CultureInfo.InvariantCulture,
            $"\r{series}: {_done}/{totalCandles} candles, {rate:F0} candles/s, ETA {eta:hh\\:mm\\:ss}   "));
    }

    /// <summary>Ends the line so the next message starts on its own.</summary>
    public void Finish() => error.WriteLine();
}
