using Qari.Analysis.Layers;

namespace Qari.Exchanges.External;

/// <summary>Builds a 24-hour-change reading from a sorted series of dominance samples.</summary>
internal static class DominanceWindow
{
    /// <summary>The earlier sample must be at least a day before the latest; more than this and the change is not "24h".</summary>
    public const long MaxLookbackMs = 36L * 3_600_000;

    private const long DayMs = 86_400_000;

    /// <summary>
    /// A reading from <paramref name="samples"/>[<paramref name="latest"/>] and the newest sample at least 24 h
    /// older but no more than 36 h older; null when there is none (the 24 h change would be a guess).
    /// </summary>
    public static BtcDominanceReading? Reading(IReadOnlyList<DominanceSample> samples, int latest)
    {
        var now = samples[latest];
        for (var i = latest - 1; i >= 0; i--)
        {
            var age = now.TimeMs - samples[i].TimeMs;
            if (age < DayMs) continue;
            return age <= MaxLookbackMs ? new BtcDominanceReading(now.Dominance, samples[i].Dominance, now.TimeMs) : null;
        }
        return null;
    }
}
