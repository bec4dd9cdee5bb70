namespace Qari.Storage.Tests.Support;

/// <summary>The ways an attacker with database access can alter a stored credential.</summary>
public enum TamperCase
{
    CiphertextBit,
    NonceBit,
    TagBit,
    WrappedKeyBit,
    CopiedOntoOtherUsersRow,
    RowMovedToOtherUser,
    RowMovedToOtherExchange,
    WrongMasterKey,
    MasterKeyColumnRelabelled,
}
