using Qari.Model.Ids;

namespace Qari.Simulator.Faults;

/// <summary>The faults currently armed; each use of a counted fault consumes one.</summary>
public sealed class FaultInjector
{
    private readonly object _gate = new();
    private readonly List<Armed> _armed = [];

    /// <summary>Arms a fault.</summary>
    public void Add(SimFault fault)
    {
        lock (_gate) _armed.Add(new Armed(fault, fault.Count));
    }

    /// <summary>Disarms every fault.</summary>
    public void Clear()
    {
        lock (_gate) _armed.Clear();
    }

    /// <summary>The faults still armed.</summary>
    public IReadOnlyList<SimFault> Active
    {
        get { lock (_gate) return _armed.Select(a => a.Fault with { Count = a.Remaining }).ToList(); }
    }

    /// <summary>The injected delay for this request (consumes a counted latency fault).</summary>
    public TimeSpan Latency(ExchangeId exchange, string path) =>
        Take(FaultKind.Latency, exchange, path) is { } f ? TimeSpan.FromMilliseconds(f.LatencyMs) : TimeSpan.Zero;

    /// <summary>A status fault for this request, consumed, or null.</summary>
    public SimFault? Status(ExchangeId exchange, string path) => Take(FaultKind.Status, exchange, path);

    /// <summary>True (and consumed) when this order request's answer must be dropped.</summary>
    public bool Drop(ExchangeId exchange, string path) => Take(FaultKind.DropAfterAccept, exchange, path) is not null;

    /// <summary>The maintenance window covering <paramref name="nowMs"/> for this exchange, or null; expired windows are removed.</summary>
    public SimFault? Maintenance(ExchangeId exchange, string path, long nowMs)
    {
        lock (_gate)
        {
            _armed.RemoveAll(a => a.Fault.Kind == FaultKind.Maintenance && a.Fault.UntilMs is { } until && until <= nowMs);
            return _armed.FirstOrDefault(a => a.Fault.Kind == FaultKind.Maintenance && a.Fault.Matches(exchange, path))?.Fault;
        }
    }

    private SimFault? Take(FaultKind kind, ExchangeId exchange, string path)
    {
        lock (_gate)
        {
            var armed = _armed.FirstOrDefault(a => a.Fault.Kind == kind && a.Fault.Matches(exchange, path));
            if (armed is null) return null;
            if (armed.Remaining is { } left)
            {
                armed.Remaining = left - 1;
                if (armed.Remaining <= 0) _armed.Remove(armed);
            }
            return armed.Fault;
        }
    }

    private sealed class Armed(SimFault fault, int? remaining)
    {
        public SimFault Fault { get; } = fault;
        public int? Remaining { get; set; } = remaining;
    }
}
