using Qari.Model.Ids;
using Qari.Simulator.Faults;

namespace Qari.Simulator.Control;

/// <summary>POST /_sim/faults: arm a fault (see <see cref="FaultKind"/>); maintenance lasts <see cref="DurationMs"/> of simulator time.</summary>
public sealed record FaultRequest(
    FaultKind Kind,
    ExchangeId? Exchange = null,
    string? Path = null,
    int? Count = null,
    int Status = 0,
    int LatencyMs = 0,
    int RetryAfterSeconds = 0,
    long? DurationMs = null);
