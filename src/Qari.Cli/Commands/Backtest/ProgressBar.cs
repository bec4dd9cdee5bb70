using System.Globalization;

namespace Qari.Cli.Commands.Backtest;

/// <summary>A one-line progress bar with throughput and ETA on stderr (rewritten in place with a carriage return).</summary>
internal sealed class ProgressBar(TextWriter output, TimeProvider time)
{
    private readonly long _start = time.GetTimestamp();
    private long _lastDrawn = long.MinValue;

    public void Report(long done, long total)
    {
        var now = time.GetTimestamp();
        if (_lastDrawn != long.MinValue && time.GetElapsedTime(_lastDrawn, now) < TimeSpan.FromMilliseconds(200) && done < total) return;
        _lastDrawn = now;
        var elapsed = time.GetElapsedTime(_start, now).TotalSeconds;
        var fraction = total == 0 ? 1.0 : (double)done / total;
        var rate = elapsed > 0 ? done / elapsed : 0;
        var eta = rate > 0 ? (total - done) / rate : 0;
        var filled = (int)(fraction * 30);
        output.Write(string.Create(CultureInfo.InvariantCulture,
            $"\r[{new string('#', filled)}{new string('.', 30 - filled)}] {fraction,6:P1} {done}/{total} candles, {rate:0} /s, ETA {eta:0}s   "));
    }

    public void Done() => output.WriteLine();
}
