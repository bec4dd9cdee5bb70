namespace Qari.Trading.Portfolio;

/// <summary>Something that changes a position; the only way it changes.</summary>
public abstract record PositionEvent(DateTimeOffset At);
