using Qari.Model.Ids;

namespace Qari.Trading.Events;

/// <summary>The last traded price of a symbol (drives take-profits).</summary>
public sealed record PriceTick(DateTimeOffset At, Symbol Symbol, decimal Price) : EngineEvent(At);
