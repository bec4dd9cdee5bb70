using System.Text;
using Qari.Vault.MasterKeys;

namespace Qari.Vault.Envelope;

/// <summary>The byte layout of the two stored blobs (format version 1); parsing never decrypts.</summary>
internal static class EnvelopeFormat
{
    internal const byte FormatVersion = 1;
    internal const byte AesGcm256 = 1;
    internal const int DataKeySize = 32;
    internal const int NonceSize = 12;
    internal const int TagSize = 16;
    internal const int FingerprintSize = 8;
    internal const int CiphertextHeaderSize = 4 + FingerprintSize;
    internal const int WrappedSize = NonceSize + DataKeySize + TagSize;

    private static readonly byte[] WrapLabel = Encoding.ASCII.GetBytes("qari.wrap.v1");
    private static readonly byte[] DataLabel = Encoding.ASCII.GetBytes("qari.data.v1");

    /// <summary>Builds the wrapped-key header for <paramref name="id"/>.</summary>
    internal static byte[] WrappedKeyHeader(MasterKeyId id)
    {
        var idBytes = Encoding.ASCII.GetBytes(id.Value);
        return [(byte)'Q', (byte)'K', FormatVersion, AesGcm256, (byte)idBytes.Length, .. idBytes];
    }

    /// <summary>Splits a wrapped-key blob into header, master key id and the key's wrapped bytes; false when malformed.</summary>
    internal static bool TryParseWrappedKey(byte[] blob, out MasterKeyId id, out int headerLength, out string problem)
    {
        id = default;
        headerLength = 0;
        if (blob.Length < 5 || blob[0] != 'Q' || blob[1] != 'K') { problem = "not a wrapped data key"; return false; }
        if (blob[2] != FormatVersion) { problem = $"wrapped key format version {blob[2]} is not supported by this Qari"; return false; }
        if (blob[3] != AesGcm256) { problem = $"wrapping algorithm {blob[3]} is not supported"; return false; }
        headerLength = 5 + blob[4];
        if (blob.Length != headerLength + WrappedSize) { problem = "wrapped key has the wrong length"; return false; }
        var text = Encoding.ASCII.GetString(blob, 5, blob[4]);
        if (!MasterKeyId.IsValid(text)) { problem = "wrapped key names an invalid master key id"; return false; }
        id = new MasterKeyId(text);
        problem = "";
        return true;
    }

    /// <summary>Checks a ciphertext blob's header; false when malformed.</summary>
    internal static bool TryParseCiphertext(byte[] blob, out string problem)
    {
        if (blob.Length < CiphertextHeaderSize + NonceSize + TagSize + 14 || blob[0] != 'Q' || blob[1] != 'C') { problem = "not a credential ciphertext"; return false; }
        if (blob[2] != FormatVersion) { problem = $"ciphertext format version {blob[2]} is not supported by this Qari"; return false; }
        if (blob[3] != AesGcm256) { problem = $"cipher {blob[3]} is not supported"; return false; }
        problem = "";
        return true;
    }

    /// <summary>Associated data of the key wrap: label, blob header, binding.</summary>
    internal static byte[] WrapAssociatedData(ReadOnlySpan<byte> header, byte[] binding) => [.. WrapLabel, .. header, .. binding];

    /// <summary>Associated data of the data encryption: label, blob header (with fingerprint), binding.</summary>
    internal static byte[] DataAssociatedData(ReadOnlySpan<byte> header, byte[] binding) => [.. DataLabel, .. header, .. binding];
}
