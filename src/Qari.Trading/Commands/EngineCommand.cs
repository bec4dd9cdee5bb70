namespace Qari.Trading.Commands;

/// <summary>Something the engine asks the edges to do (the venue or the notifier).</summary>
public abstract record EngineCommand;
