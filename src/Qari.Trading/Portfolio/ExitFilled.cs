namespace Qari.Trading.Portfolio;

/// <summary>Coins sold (take-profit, stop or exit); the fee in quote reduces the proceeds.</summary>
public sealed record ExitFilled(DateTimeOffset At, decimal Quantity, decimal Price, decimal FeeQuote = 0m) : PositionEvent(At);
