using Qari.Model.Ids;

namespace Qari.Trading.Events;

/// <summary>A new confirmed higher low on the 15m/1h chart: the trailing stop steps up under it.</summary>
public sealed record HigherLow(DateTimeOffset At, Symbol Symbol, decimal Price) : EngineEvent(At);
