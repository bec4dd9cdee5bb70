namespace Qari.Trading.Events;

/// <summary>
/// The engine was rebuilt from its journal after a restart: it asks the venue about every order whose outcome or
/// cancel is unresolved (stops first) and re-protects positions wherever the facts are known. Journaled like any other
/// input, so a later replay passes through the same states.
/// </summary>
public sealed record EngineRestarted(DateTimeOffset At) : EngineEvent(At);
