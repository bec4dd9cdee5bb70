using Microsoft.Extensions.Logging;

namespace Qari.Vault;

/// <summary>
/// The vault's log messages. Parameters are ids, versions and error codes only: no method takes key material,
/// so nothing secret can reach a log at any level.
/// </summary>
internal static partial class VaultLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Trace, Message = "Sealed credential {CredentialId} v{Version} under master key {MasterKeyId}")]
    internal static partial void CredentialSealed(ILogger logger, string credentialId, int version, string masterKeyId);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Trace, Message = "Opened credential {CredentialId} v{Version} for one use")]
    internal static partial void CredentialOpened(ILogger logger, string credentialId, int version);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "Credential {CredentialId} v{Version} could not be decrypted: {ErrorCode}")]
    internal static partial void CredentialOpenFailed(ILogger logger, string credentialId, int version, string errorCode);

    [LoggerMessage(EventId = 4010, Level = LogLevel.Information, Message = "Master keys loaded from {Source}: active {MasterKeyId}, {Count} key(s)")]
    internal static partial void MasterKeysLoaded(ILogger logger, string source, string masterKeyId, int count);

    [LoggerMessage(EventId = 4011, Level = LogLevel.Error, Message = "Master keys could not be loaded from {Source}: {ErrorCode}")]
    internal static partial void MasterKeyLoadFailed(ILogger logger, string source, string errorCode);

    [LoggerMessage(EventId = 4020, Level = LogLevel.Information, Message = "Master key rotation to {MasterKeyId} started")]
    internal static partial void RotationStarted(ILogger logger, string masterKeyId);

    [LoggerMessage(EventId = 4021, Level = LogLevel.Trace, Message = "Rewrapped credential {CredentialId} from {FromKey} to {ToKey}")]
    internal static partial void Rewrapped(ILogger logger, string credentialId, string fromKey, string toKey);

    [LoggerMessage(EventId = 4022, Level = LogLevel.Warning, Message = "Credential {CredentialId} could not be rewrapped: {ErrorCode}")]
    internal static partial void RewrapFailed(ILogger logger, string credentialId, string errorCode);

    [LoggerMessage(EventId = 4023, Level = LogLevel.Information, Message = "Master key rotation to {MasterKeyId} finished: {Rewrapped} rewrapped, {Failed} failed, {Remaining} remaining")]
    internal static partial void RotationFinished(ILogger logger, string masterKeyId, int rewrapped, int failed, int remaining);
}
