using System.Security.Cryptography;
using System.Text;

namespace Qari.Exchanges.Http;

/// <summary>The hash and HMAC primitives exchange signers use, over UTF-8 text, with hex or base64 output.</summary>
public static class Signatures
{
    /// <summary>Lower-case hex HMAC-SHA256 of <paramref name="message"/>.</summary>
    public static string HmacSha256Hex(ReadOnlySpan<byte> key, string message) => Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(message)));

    /// <summary>Base64 HMAC-SHA256 of <paramref name="message"/>.</summary>
    public static string HmacSha256Base64(ReadOnlySpan<byte> key, string message) => Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(message)));

    /// <summary>Lower-case hex HMAC-SHA512 of <paramref name="message"/>.</summary>
    public static string HmacSha512Hex(ReadOnlySpan<byte> key, string message) => Convert.ToHexStringLower(HMACSHA512.HashData(key, Encoding.UTF8.GetBytes(message)));

    /// <summary>Lower-case hex SHA-512 of <paramref name="message"/>.</summary>
    public static string Sha512Hex(string message) => Convert.ToHexStringLower(SHA512.HashData(Encoding.UTF8.GetBytes(message)));

    /// <summary>Compares two signatures in constant time, ignoring ASCII case (hex signatures are case-insensitive).</summary>
    public static bool EqualsIgnoreCase(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(a.ToLowerInvariant()), Encoding.ASCII.GetBytes(b.ToLowerInvariant()));

    /// <summary>Compares two signatures in constant time, exactly.</summary>
    public static bool EqualsExact(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));
}
