namespace Qari.Simulator.Faults;

/// <summary>What an injected fault does.</summary>
public enum FaultKind
{
    /// <summary>Delays matching requests by <see cref="SimFault.LatencyMs"/>.</summary>
    Latency,
    /// <summary>Answers matching requests with an HTTP status (429, 418, 5xx) in the dialect's error shape, without executing them.</summary>
    Status,
    /// <summary>Executes an order request, then drops the connection instead of answering (the lost-response case).</summary>
    DropAfterAccept,
    /// <summary>Answers every request of the dialect with its maintenance error until <see cref="SimFault.UntilMs"/>.</summary>
    Maintenance,
}
