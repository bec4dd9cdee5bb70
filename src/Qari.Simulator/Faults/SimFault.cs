using Qari.Model.Ids;

namespace Qari.Simulator.Faults;

/// <summary>
/// A fault to inject: what, for which exchange dialect (all when null), for which paths (prefix; all when null),
/// how many times (until cleared when null), and its parameters.
/// </summary>
public sealed record SimFault(
    FaultKind Kind,
    ExchangeId? Exchange = null,
    string? PathPrefix = null,
    int? Count = null,
    int Status = 0,
    int LatencyMs = 0,
    int RetryAfterSeconds = 0,
    long? UntilMs = null)
{
    /// <summary>True when the fault applies to a request of <paramref name="exchange"/> on <paramref name="path"/>.</summary>
    public bool Matches(ExchangeId exchange, string path) =>
        (Exchange is null || Exchange == exchange) && (PathPrefix is null || path.StartsWith(PathPrefix, StringComparison.Ordinal));
}
