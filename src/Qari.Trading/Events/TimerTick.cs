namespace Qari.Trading.Events;

/// <summary>Time passed (expiries, kill-switch windows); carries the time from the injected clock.</summary>
public sealed record TimerTick(DateTimeOffset At) : EngineEvent(At);
