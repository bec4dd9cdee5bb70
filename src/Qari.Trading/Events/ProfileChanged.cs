namespace Qari.Trading.Events;

/// <summary>The account profile changed (plan, switches, user blacklist).</summary>
public sealed record ProfileChanged(DateTimeOffset At, Qari.Trading.Risk.AccountProfile Profile) : EngineEvent(At);
