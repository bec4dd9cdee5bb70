using Qari.Model.Market;
using Qari.Model.Results;

namespace Qari.Exchanges.Common;

/// <summary>Candle paging shared by the adapters (fixed time windows or a forward cursor), de-duplicated by open time.</summary>
internal static class CandlePaging
{
    /// <summary>
    /// Fetches <c>[start, toMs)</c> in consecutive windows of <paramref name="windowMs"/> (the last one cut at
    /// <paramref name="toMs"/>) and keeps the candles opening in <c>[fromMs, toMs)</c>, oldest first; the first failed
    /// window's error is returned.
    /// </summary>
    public static async Task<Result<IReadOnlyList<Candle>>> ByWindowsAsync(long start, long fromMs, long toMs, long windowMs,
        Func<long, long, Task<Result<IReadOnlyList<Candle>>>> fetchWindow)
    {
        var all = new SortedDictionary<long, Candle>();
        for (var cursor = start; cursor < toMs; cursor += windowMs)
        {
            var page = await fetchWindow(cursor, Math.Min(cursor + windowMs, toMs)).ConfigureAwait(false);
            if (!page.IsSuccess) return page.Error;
            foreach (var c in page.Value.Where(c => c.OpenTimeMs >= fromMs && c.OpenTimeMs < toMs)) all[c.OpenTimeMs] = c;
        }
        return all.Values.ToList();
    }

    /// <summary>
    /// Walks forward from <paramref name="fromMs"/>: each page is asked from the cursor, which then moves one
    /// <paramref name="stepMs"/> past the newest candle received; stops at <paramref name="toMs"/>, on an empty page or
    /// when the cursor would not advance. Keeps the candles opening in <c>[fromMs, toMs)</c>, oldest first.
    /// </summary>
    public static async Task<Result<IReadOnlyList<Candle>>> ForwardAsync(long fromMs, long toMs, long stepMs,
        Func<long, Task<Result<IReadOnlyList<Candle>>>> fetchFrom)
    {
        var all = new SortedDictionary<long, Candle>();
        for (var cursor = fromMs; cursor < toMs;)
        {
            var page = await fetchFrom(cursor).ConfigureAwait(false);
            if (!page.IsSuccess) return page.Error;
            if (page.Value.Count == 0) break;
            foreach (var c in page.Value.Where(c => c.OpenTimeMs >= fromMs && c.OpenTimeMs < toMs)) all[c.OpenTimeMs] = c;
            var next = page.Value.Max(c => c.OpenTimeMs) + stepMs;
            if (next <= cursor) break;
            cursor = next;
        }
        return all.Values.ToList();
    }
}
