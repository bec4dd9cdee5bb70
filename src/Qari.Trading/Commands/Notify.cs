namespace Qari.Trading.Commands;

/// <summary>Tell the user (Telegram, e-mail) something happened.</summary>
public sealed record Notify(NotificationKind Kind, string Message) : EngineCommand;
