using System.Globalization;
using System.Text;

namespace Qari.Runtime.Health;

/// <summary>The runtime's counters, rendered as Prometheus text on <c>/metrics</c>.</summary>
public sealed class RuntimeMetrics
{
    private long _cycleTicksTotal;
    private long _lastCycleTicks;

    /// <summary>Analysis cycles completed.</summary>
    public Counter Cycles { get; } = new();

    /// <summary>Place requests sent.</summary>
    public Counter OrdersPlaced { get; } = new();

    /// <summary>Orders the venue refused.</summary>
    public Counter Rejections { get; } = new();

    /// <summary>Corrections applied by reconciliation (adopted events, queries, orphan cancels, findings).</summary>
    public Counter ReconciliationCorrections { get; } = new();

    /// <summary>Requests answered with a rate limit (the pipeline waits before the next one).</summary>
    public Counter RateLimitWaits { get; } = new();

    /// <summary>
    /// Requests that had to wait in the client-side rate limiter for a window to replenish (read from the node's
    /// limiter registry when rendered; zero until a runtime connects it).
    /// </summary>
    public Func<long> LimiterWaits { get; set; } = static () => 0;

    /// <summary>Fills adopted by the engines.</summary>
    public Counter Fills { get; } = new();

    /// <summary>True once start-up (warm-up and the first reconciliation) is done.</summary>
    public bool Ready { get; set; }

    /// <summary>Records one cycle's duration (wall time).</summary>
    public void CycleTook(TimeSpan duration)
    {
        Cycles.Increment();
        Interlocked.Add(ref _cycleTicksTotal, duration.Ticks);
        Interlocked.Exchange(ref _lastCycleTicks, duration.Ticks);
    }

    /// <summary>Prometheus text exposition format 0.0.4.</summary>
    public string Render()
    {
        var s = new StringBuilder();
        Metric(s, "qari_cycle_duration_seconds_sum", "counter", "Total wall time spent in analysis cycles.", Seconds(Interlocked.Read(ref _cycleTicksTotal)));
        Metric(s, "qari_cycle_duration_seconds_count", "counter", "Analysis cycles completed.", Cycles.Value.ToString(CultureInfo.InvariantCulture));
        Metric(s, "qari_cycle_last_duration_seconds", "gauge", "Wall time of the last analysis cycle.", Seconds(Interlocked.Read(ref _lastCycleTicks)));
        Metric(s, "qari_orders_placed_total", "counter", "Place requests sent to exchanges.", OrdersPlaced.Value.ToString(CultureInfo.InvariantCulture));
        Metric(s, "qari_order_rejections_total", "counter", "Orders refused by exchanges.", Rejections.Value.ToString(CultureInfo.InvariantCulture));
        Metric(s, "qari_fills_total", "counter", "Fills adopted by the trading engines.", Fills.Value.ToString(CultureInfo.InvariantCulture));
        Metric(s, "qari_reconciliation_corrections_total", "counter", "Corrections applied by reconciliation.", ReconciliationCorrections.Value.ToString(CultureInfo.InvariantCulture));
        Metric(s, "qari_rate_limit_waits_total", "counter", "Requests answered with a rate limit.", RateLimitWaits.Value.ToString(CultureInfo.InvariantCulture));
        Metric(s, "qari_rate_limiter_waits_total", "counter", "Requests that waited in the client-side rate limiter.", LimiterWaits().ToString(CultureInfo.InvariantCulture));
        Metric(s, "qari_ready", "gauge", "1 once start-up finished.", Ready ? "1" : "0");
        return s.ToString();
    }

    private static string Seconds(long ticks) => (ticks / (double)TimeSpan.TicksPerSecond).ToString("0.######", CultureInfo.InvariantCulture);

    private static void Metric(StringBuilder s, string name, string type, string help, string value)
    {
        s.Append("# HELP ").Append(name).Append(' ').Append(help).Append('\n');
        s.Append("# TYPE ").Append(name).Append(' ').Append(type).Append('\n');
        s.Append(name).Append(' ').Append(value).Append('\n');
    }
}
