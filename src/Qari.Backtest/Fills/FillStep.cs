namespace Qari.Backtest.Fills;

/// <summary>The result of showing one candle to an order: its new state and the fills that candle produced.</summary>
public sealed record FillStep(OrderFillState State, IReadOnlyList<Fill> Fills);
