namespace Qari.Trading.Events;

/// <summary>Something that happened, fed to an account's engine; it carries its own time (the engine never reads a clock).</summary>
public abstract record EngineEvent(DateTimeOffset At);
