using System.Collections.Concurrent;
using Qari.Model.Ids;

namespace Qari.Simulator.Dialects;

/// <summary>Counts request weight per (exchange, IP) per minute of the simulator clock, as exchanges meter it.</summary>
public sealed class WeightMeter
{
    private readonly ConcurrentDictionary<(ExchangeId, string), (long Minute, int Used)> _used = new();

    /// <summary>Adds <paramref name="weight"/>; returns the weight used in this minute and the seconds until the minute ends.</summary>
    public (int Used, int SecondsLeft) Add(ExchangeId exchange, string ip, int weight, long nowMs)
    {
        var minute = nowMs / 60_000;
        var entry = _used.AddOrUpdate((exchange, ip), _ => (minute, weight),
            (_, old) => old.Minute == minute ? (minute, old.Used + weight) : (minute, weight));
        return (entry.Used, (int)Math.Ceiling((60_000 - nowMs % 60_000) / 1000.0));
    }
}
