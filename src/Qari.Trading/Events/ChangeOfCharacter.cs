using Qari.Model.Ids;

namespace Qari.Trading.Events;

/// <summary>A bullish 15-minute change of character on a symbol (the trigger for leg 2), at a price.</summary>
public sealed record ChangeOfCharacter(DateTimeOffset At, Symbol Symbol, decimal Price) : EngineEvent(At);
