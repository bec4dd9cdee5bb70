using Qari.Model.Market;
using Qari.Model.Results;

namespace Qari.Exchanges.Common;

/// <summary>Candle collection shared by the adapters: fixed time windows and de-duplication by open time.</summary>
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
}
