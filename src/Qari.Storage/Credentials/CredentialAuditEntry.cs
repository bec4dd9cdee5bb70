namespace Qari.Storage.Credentials;

/// <summary>One append-only audit record: who, which credential, what happened. Never holds key material.</summary>
public sealed class CredentialAuditEntry
{
    /// <summary>Sequence number.</summary>
    public long Id { get; set; }

    /// <summary>When it happened.</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>The credential's owner.</summary>
    public Guid UserId { get; set; }

    /// <summary>The exchange account, when known.</summary>
    public Guid? ExchangeAccountId { get; set; }

    /// <summary>The credential.</summary>
    public Guid CredentialId { get; set; }

    /// <summary>Exchange name.</summary>
    public string Exchange { get; set; } = "";

    /// <summary>Event name.</summary>
    public string Event { get; set; } = "";

    /// <summary>Ids, statuses and error codes only.</summary>
    public string? Detail { get; set; }
}
