using Qari.Exchanges.Abstractions;
using Qari.Model.Ids;
using Qari.Model.Market;
using Qari.Model.Results;
using Qari.Storage.Candles;
using Symbol = Qari.Model.Ids.Symbol;

namespace Qari.Cli.Commands.Data;

/// <summary>
/// Downloads closed candles from an exchange's public endpoints into the candle store, chunk by chunk. Each chunk
/// is validated and appended atomically, so an interrupted run leaves whole chunks behind and the next run resumes
/// after the last stored candle instead of fetching it again.
/// </summary>
internal sealed class CandleDownloader(ISpotExchange exchange, CandleStore store, TimeProvider time, TextWriter output, TextWriter error)
{
    /// <summary>Candles fetched per chunk (one atomic append per chunk).</summary>
    public const int DefaultChunkCandles = 1000;

    /// <summary>Called after each chunk is stored (tests interrupt a run here).</summary>
    public Action<CandleSeriesKey, long>? ChunkStored { get; init; }

    /// <summary>The open times of every chunk requested from the exchange (what was fetched, for the report and tests).</summary>
    public List<(CandleSeriesKey Key, long FromMs, long ToMs)> Fetched { get; } = [];

    /// <summary>Downloads [fromMs, toMs) of every symbol; the first failure stops the run with what is stored kept intact.</summary>
    public async Task<Result<IReadOnlyList<CandleSeriesInfo>>> RunAsync(IReadOnlyList<Symbol> symbols, Timeframe timeframe, long fromMs, long toMs, int chunkCandles, CancellationToken ct)
    {
        var name = exchange.Exchange.Name();
        var serverTime = await exchange.GetServerTimeAsync(ct).ConfigureAwait(false);
        if (!serverTime.IsSuccess) return Fail($"{name}: the exchange is unreachable or failed ({serverTime.Error.Message}); nothing was written");
        var instruments = await exchange.GetInstrumentsAsync(ct).ConfigureAwait(false);
        if (!instruments.IsSuccess) return Fail($"{name}: could not list the markets ({instruments.Error.Message}); nothing was written");
        var known = instruments.Value.Select(i => i.Symbol).ToHashSet();
        var unknown = symbols.Where(s => !known.Contains(s)).ToList();
        if (unknown.Count > 0) return Fail($"{name}: unknown symbol(s) {string.Join(", ", unknown)}; nothing was written");

        // Only closed candles: the candle holding the exchange's current time is still changing.
        var step = timeframe.Milliseconds();
        var closedTo = Math.Min(toMs, timeframe.FloorMs(serverTime.Value.ToUnixTimeMilliseconds()));
        var plans = new List<(CandleSeriesKey Key, List<(long From, long To)> Ranges)>();
        foreach (var symbol in symbols)
        {
            var key = new CandleSeriesKey(exchange.Exchange, symbol, timeframe);
            var ranges = Missing(key, fromMs, closedTo, step);
            if (!ranges.IsSuccess) return ranges.Error;
            plans.Add((key, ranges.Value));
        }
        var total = plans.Sum(p => p.Ranges.Sum(r => (r.To - r.From) / step));
        var progress = new DownloadProgress(error, time, total);
        var results = new List<CandleSeriesInfo>();
        try
        {
            foreach (var (key, ranges) in plans)
            {
                var stored = await DownloadSeriesAsync(key, ranges, step, chunkCandles, progress, ct).ConfigureAwait(false);
                if (!stored.IsSuccess) return stored.Error;
                if (stored.Value is { } info) results.Add(info);
                ReportSeries(key, fromMs, closedTo, step, ranges.Count == 0);
            }
        }
        finally
        {
            progress.Finish();
        }
        return results;
    }

    private async Task<Result<CandleSeriesInfo?>> DownloadSeriesAsync(CandleSeriesKey key, List<(long From, long To)> ranges, long step, int chunkCandles, DownloadProgress progress, CancellationToken ct)
    {
        CandleSeriesInfo? last = null;
        foreach (var (rangeFrom, rangeTo) in ranges)
        {
            for (var chunkFrom = rangeFrom; chunkFrom < rangeTo;)
            {
                var chunkTo = Math.Min(rangeTo, chunkFrom + chunkCandles * step);
                Fetched.Add((key, chunkFrom, chunkTo));
                var page = await exchange.GetCandlesAsync(key.Symbol, key.Timeframe, chunkFrom, chunkTo, ct).ConfigureAwait(false);
                if (!page.IsSuccess)
                    return Error.Validation("download.fetch", $"{key}: fetching {DataFormat.Time(chunkFrom)} → {DataFormat.Time(chunkTo)} UTC failed ({page.Error.Message}); the store keeps every earlier chunk, rerun to resume");
                // Defensive: an adapter answering outside the asked window must not widen the series.
                var candles = page.Value.Where(c => c.OpenTimeMs >= chunkFrom && c.OpenTimeMs < chunkTo).ToList();
                if (candles.Count > 0)
                {
                    var appended = store.Append(key, $"download:{key.Exchange.Name()}", candles);
                    if (!appended.IsSuccess)
                        return Error.Validation("download.invalid", $"{key}: the chunk {DataFormat.Time(chunkFrom)} → {DataFormat.Time(chunkTo)} UTC was rejected and not stored: {appended.Error.Message}");
                    last = appended.Value;
                }
                progress.Advance(key.ToString(), (chunkTo - chunkFrom) / step);
                ChunkStored?.Invoke(key, chunkTo);
                chunkFrom = chunkTo;
            }
        }
        return last;
    }

    /// <summary>The parts of [fromMs, toMs) not already covered by the stored series (before its first or after its last candle).</summary>
    private Result<List<(long From, long To)>> Missing(CandleSeriesKey key, long fromMs, long toMs, long step)
    {
        var ranges = new List<(long, long)>();
        if (!store.Exists(key))
        {
            if (fromMs < toMs) ranges.Add((fromMs, toMs));
            return ranges;
        }
        var info = store.ReadInfo(key);
        if (!info.IsSuccess) return Error.Validation("download.store", $"{key}: the stored series cannot be read ({info.Error.Message}); fix or remove it first");
        var i = info.Value;
        if (i.Count == 0)
        {
            if (fromMs < toMs) ranges.Add((fromMs, toMs));
            return ranges;
        }
        if (fromMs < Math.Min(toMs, i.FirstOpenTimeMs)) ranges.Add((fromMs, Math.Min(toMs, i.FirstOpenTimeMs)));
        var resume = Math.Max(fromMs, i.LastOpenTimeMs + step);
        if (resume < toMs) ranges.Add((resume, toMs));
        return ranges;
    }

    private void ReportSeries(CandleSeriesKey key, long fromMs, long toMs, long step, bool alreadyStored)
    {
        var info = store.ReadInfo(key);
        if (!info.IsSuccess)
        {
            output.WriteLine($"{key}: the exchange has no candles between {DataFormat.Time(fromMs)} and {DataFormat.Time(toMs)} UTC");
            return;
        }
        output.WriteLine($"OK   {(alreadyStored ? "already stored " : "")}{DataFormat.Summary(info.Value)} → {store.PathOf(key)}");
        // Holes the exchange itself has are reported, not errors: the series stores what exists.
        foreach (var gap in info.Value.Gaps.Where(g => g.LastMissingMs >= fromMs && g.FirstMissingMs < toMs))
            output.WriteLine($"     gap at the exchange {DataFormat.Time(gap.FirstMissingMs)} → {DataFormat.Time(gap.LastMissingMs)} UTC ({gap.MissingCount} missing)");
        var stored = info.Value;
        if (stored.FirstOpenTimeMs > fromMs)
            output.WriteLine($"     no candles from {DataFormat.Time(fromMs)} to {DataFormat.Time(stored.FirstOpenTimeMs - step)} UTC (not listed yet, or none at the exchange)");
    }

    private static Error Fail(string message) => Error.Validation("download.failed", message);
}
