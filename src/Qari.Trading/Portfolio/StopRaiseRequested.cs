namespace Qari.Trading.Portfolio;

/// <summary>A request to move the stop up (break-even, trailing); the position applies the band and only-up rules.</summary>
public sealed record StopRaiseRequested(DateTimeOffset At, decimal Price, string Reason) : PositionEvent(At);
