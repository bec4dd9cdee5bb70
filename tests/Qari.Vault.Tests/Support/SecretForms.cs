using System.Net;
using System.Text;

namespace Qari.Vault.Tests.Support;

/// <summary>The encodings a leaked secret could appear in: raw, base64, hex (lower and upper), URL-encoded.</summary>
public static class SecretForms
{
    public static IReadOnlyList<(string Form, string Text)> Of(string secret)
    {
        var bytes = Encoding.UTF8.GetBytes(secret);
        return
        [
            ("raw", secret),
            ("base64", Convert.ToBase64String(bytes)),
            ("base64url", Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_')),
            ("hex-lower", Convert.ToHexStringLower(bytes)),
            ("hex-upper", Convert.ToHexString(bytes)),
            ("url-encoded", Uri.EscapeDataString(secret)),
            ("form-encoded", WebUtility.UrlEncode(secret)),
        ];
    }

    /// <summary>The forms of <paramref name="secret"/> found in <paramref name="haystack"/> (text search, ordinal).</summary>
    public static IEnumerable<string> FoundIn(string secret, string haystack) =>
        Of(secret).Where(f => haystack.Contains(f.Text, StringComparison.Ordinal)).Select(f => f.Form);

    /// <summary>The forms of <paramref name="secret"/> found in raw bytes (as UTF-8 and as UTF-16, the two ways a string lands in a file).</summary>
    public static IEnumerable<string> FoundIn(string secret, byte[] haystack) =>
        Of(secret).Where(f => haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(f.Text)) >= 0
                           || haystack.AsSpan().IndexOf(Encoding.Unicode.GetBytes(f.Text)) >= 0).Select(f => f.Form);
}
