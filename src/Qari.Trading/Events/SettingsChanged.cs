namespace Qari.Trading.Events;

/// <summary>New trading settings take effect.</summary>
public sealed record SettingsChanged(DateTimeOffset At, Qari.Trading.Risk.TradingSettings Settings) : EngineEvent(At);
