namespace Qari.Trading.Events;

/// <summary>A user or the operator engages or releases the manual kill switch; engaging cancels pending entries and, when asked, closes everything at market.</summary>
public sealed record ManualKillSwitch(DateTimeOffset At, Qari.Trading.Risk.KillActor Actor, bool Engaged, bool CloseAll = false) : EngineEvent(At);
