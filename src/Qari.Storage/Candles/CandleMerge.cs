using Qari.Model.Market;
using Qari.Model.Results;

namespace Qari.Storage.Candles;

/// <summary>Merges a page of candles into a stored run by open time.</summary>
internal static class CandleMerge
{
    public static Result<IReadOnlyList<Candle>> Merge(CandleSeriesKey key, IReadOnlyList<Candle> existing, IReadOnlyList<Candle> incoming, AppendOverlap overlap)
    {
        for (var k = 1; k < incoming.Count; k++)
        {
            if (incoming[k].OpenTimeMs <= incoming[k - 1].OpenTimeMs)
                return Error.Validation("candles.unsorted", $"{key}: new candles are not strictly ascending at open time {incoming[k].OpenTimeMs}");
        }
        var merged = new List<Candle>(existing.Count + incoming.Count);
        int i = 0, j = 0;
        while (i < existing.Count || j < incoming.Count)
        {
            if (j >= incoming.Count) merged.Add(existing[i++]);
            else if (i >= existing.Count) merged.Add(incoming[j++]);
            else if (existing[i].OpenTimeMs < incoming[j].OpenTimeMs) merged.Add(existing[i++]);
            else if (existing[i].OpenTimeMs > incoming[j].OpenTimeMs) merged.Add(incoming[j++]);
            else
            {
                if (existing[i] != incoming[j] && overlap == AppendOverlap.MustMatch)
                {
                    return Error.Validation("candles.conflict",
                        $"{key}: the candle at {existing[i].OpenTime:yyyy-MM-dd HH:mm} UTC differs from the stored one ({existing[i]} vs {incoming[j]}); use replace to overwrite");
                }
                merged.Add(incoming[j]);
                i++;
                j++;
            }
        }
        return merged;
    }
}
