using Microsoft.Extensions.Logging;

namespace Qari.Storage.Credentials;

/// <summary>Credential storage log messages: ids, statuses and error codes only, never key material.</summary>
internal static partial class StorageLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Stored credential {CredentialId} for user {UserId} on {Exchange}")]
    internal static partial void CredentialAdded(ILogger logger, Guid credentialId, Guid userId, string exchange);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Trace, Message = "Credential {CredentialId} handed out for use")]
    internal static partial void CredentialHandedOut(ILogger logger, Guid credentialId);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Information, Message = "Credential {OldCredentialId} replaced by {NewCredentialId}; old ciphertext destroyed")]
    internal static partial void CredentialReplaced(ILogger logger, Guid oldCredentialId, Guid newCredentialId);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Information, Message = "Credential {CredentialId} removed; ciphertext destroyed")]
    internal static partial void CredentialRemoved(ILogger logger, Guid credentialId);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Information, Message = "Credential {CredentialId} marked {Status}")]
    internal static partial void StatusMarked(ILogger logger, Guid credentialId, string status);

    [LoggerMessage(EventId = 4106, Level = LogLevel.Error, Message = "Credential {CredentialId} of user {UserId} failed to decrypt: {ErrorCode} (audited)")]
    internal static partial void DecryptionFailed(ILogger logger, Guid credentialId, Guid userId, string errorCode);
}
