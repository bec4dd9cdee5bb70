namespace Qari.Trading.Portfolio;

/// <summary>Coins bought by an entry leg; fees in quote add to the cost, fees in base reduce the coins received.</summary>
public sealed record EntryFilled(DateTimeOffset At, decimal Quantity, decimal Price, decimal FeeQuote = 0m, decimal FeeBase = 0m) : PositionEvent(At);
