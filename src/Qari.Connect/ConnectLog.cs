using Microsoft.Extensions.Logging;

namespace Qari.Connect;

/// <summary>Connect-flow log messages: ids, exchanges, statuses and error codes only, never key material.</summary>
internal static partial class ConnectLog
{
    [LoggerMessage(EventId = 4201, Level = LogLevel.Information, Message = "Key for {Exchange} refused at connect: {Permissions}")]
    internal static partial void Refused(ILogger logger, string exchange, string permissions);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Information, Message = "Key for {Exchange} rejected at connect: {ErrorCode}")]
    internal static partial void Rejected(ILogger logger, string exchange, string errorCode);

    [LoggerMessage(EventId = 4203, Level = LogLevel.Information, Message = "Credential {CredentialId} on {Exchange} verified: {Status}")]
    internal static partial void Verified(ILogger logger, string credentialId, string exchange, string status);

    [LoggerMessage(EventId = 4204, Level = LogLevel.Warning, Message = "Credential {CredentialId} on {Exchange} not checked: {ErrorCode}")]
    internal static partial void NotChecked(ILogger logger, string credentialId, string exchange, string errorCode);
}
