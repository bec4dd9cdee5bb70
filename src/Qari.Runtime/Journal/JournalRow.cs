namespace Qari.Runtime.Journal;

/// <summary>One engine row read back: <c>in</c> or <c>out</c>, the payload's kind, and its JSON.</summary>
public readonly record struct JournalRow(string Direction, string Kind, string Payload);
