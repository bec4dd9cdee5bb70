namespace Qari.Runtime.Tests.Notifications;

/// <summary>One request the fake Bot API received: path (with the token), content type, raw JSON chat_id and the text.</summary>
internal sealed record BotRequest(string Path, string ContentType, string ChatIdJson, string Text);
