using System.Security.Cryptography;
using Qari.Model.Results;

namespace Qari.Vault.MasterKeys;

/// <summary>Parses master keys written as base64 of 32 bytes, one per line; errors say where, never the key.</summary>
internal static class MasterKeyText
{
    /// <summary>Parses one base64 key; <paramref name="where"/> names its source in the error.</summary>
    internal static Result<AesGcmMasterKey> ParseKey(ReadOnlySpan<char> text, string where)
    {
        text = text.Trim();
        Span<byte> bytes = stackalloc byte[64];
        try
        {
            if (!Convert.TryFromBase64Chars(text, bytes, out var written) || written != AesGcmMasterKey.KeySize)
            {
                return VaultErrors.Create(VaultErrorCode.MasterKeyMalformed,
                    $"{where}: a master key must be base64 of exactly {AesGcmMasterKey.KeySize} bytes (44 characters); generate one with 'openssl rand -base64 32'.");
            }
            return AesGcmMasterKey.FromBytes(bytes[..written]);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }

    /// <summary>Parses the lines of a key list (blank lines and '#' comments skipped); the first key is active.</summary>
    internal static Result<MasterKeyRing> ParseRing(ReadOnlySpan<char> text, string where)
    {
        var keys = new List<AesGcmMasterKey>();
        var lineNumber = 0;
        foreach (var rawLine in text.EnumerateLines())
        {
            lineNumber++;
            var line = rawLine.Trim();
            if (line.IsEmpty || line[0] == '#') continue;
            var parsed = ParseKey(line, $"{where} line {lineNumber}");
            if (!parsed.IsSuccess)
            {
                foreach (var key in keys) key.Dispose();
                return parsed.Error;
            }
            keys.Add(parsed.Value);
        }
        if (keys.Count == 0) return VaultErrors.Create(VaultErrorCode.MasterKeyMalformed, $"{where}: contains no master key.");
        return new MasterKeyRing(keys[0], keys.Skip(1));
    }
}
