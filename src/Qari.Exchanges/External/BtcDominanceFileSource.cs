using Qari.Analysis.Layers;
using Qari.Model.Results;

namespace Qari.Exchanges.External;

/// <summary>
/// BTC dominance for backtests from the shipped daily file (<c>coingecko_BTC_dominance_1d.csv</c>, percent).
/// No look-ahead, and the same rule as <see cref="FearGreedFileSource"/>: the row for day D is visible from 00:00 UTC
/// D+1. The file's rows are 00:00 UTC snapshots, so this is a day later than strictly necessary; it keeps one rule for
/// both files and cannot leak a value CoinGecko had not published yet. The 24 h change uses the previous day's row;
/// a missing day or a value past the stale limit yields no reading.
/// </summary>
public sealed class BtcDominanceFileSource : IBtcDominanceSource
{
    private readonly long[] _visibleFrom;
    private readonly DominanceSample[] _samples;
    private readonly long _staleAfterMs;

    private BtcDominanceFileSource(long[] visibleFrom, DominanceSample[] samples, long staleAfterMs)
    {
        _visibleFrom = visibleFrom;
        _samples = samples;
        _staleAfterMs = staleAfterMs;
    }

    /// <summary>The default stale limit: a value may be at most 2 days old.</summary>
    public static TimeSpan DefaultStaleAfter { get; } = TimeSpan.FromDays(2);

    /// <summary>Number of daily rows loaded.</summary>
    public int Count => _samples.Length;

    /// <summary>Loads <paramref name="path"/>; a missing file, bad row or a share outside (0, 100] % is a typed error.</summary>
    public static Result<BtcDominanceFileSource> Load(string path, TimeSpan? staleAfter = null)
    {
        var rows = DailyMacroCsv.Load(path, "btc_dominance_pct");
        if (!rows.IsSuccess) return rows.Error;
        var visible = new long[rows.Value.Count];
        var samples = new DominanceSample[rows.Value.Count];
        for (var i = 0; i < samples.Length; i++)
        {
            var (open, percent) = rows.Value[i];
            if (percent is <= 0 or > 100) return Error.Validation("bad-row", $"{path}: day {open} has BTC dominance {percent} %, outside (0, 100]");
            visible[i] = open + DailyMacroCsv.DayMs;
            samples[i] = new DominanceSample(percent / 100.0, visible[i]);
        }
        return new BtcDominanceFileSource(visible, samples, (long)(staleAfter ?? DefaultStaleAfter).TotalMilliseconds);
    }

    /// <inheritdoc />
    public BtcDominanceReading? ReadingAt(long atMs)
    {
        var i = DailyMacroCsv.LastVisible(_visibleFrom, atMs);
        if (i < 0 || atMs - _visibleFrom[i] > _staleAfterMs) return null;
        return DominanceWindow.Reading(_samples, i);
    }
}
