using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Qari.Exchanges.Coinbase;

/// <summary>
/// Coinbase CDP request JWTs (ES256): header <c>{alg:"ES256", kid, nonce, typ:"JWT"}</c>, payload
/// <c>{sub, iss:"cdp", nbf, exp = nbf + 120, uri:"METHOD host/path"}</c> (no scheme, no query), signed with the EC
/// P-256 private key from its PEM; the signature is IEEE P1363 (r‖s), base64url.
/// </summary>
public static class CoinbaseJwt
{
    /// <summary>Token lifetime (Coinbase: two minutes).</summary>
    public const int LifetimeSeconds = 120;

    /// <summary>The <c>uri</c> claim: <c>"GET api.coinbase.com/api/v3/brokerage/accounts"</c>.</summary>
    public static string Uri(string method, string host, string path) => method.ToUpperInvariant() + " " + host + path;

    /// <summary>Builds and signs a token; <paramref name="pem"/> is the UTF-8 PEM text (wiped copies only live during the call).</summary>
    public static string Create(ReadOnlySpan<byte> pem, string keyName, string uri, DateTimeOffset now, string nonce)
    {
        var nbf = now.ToUnixTimeSeconds();
        var header = new JsonObject { ["alg"] = "ES256", ["kid"] = keyName, ["nonce"] = nonce, ["typ"] = "JWT" };
        var payload = new JsonObject { ["sub"] = keyName, ["iss"] = "cdp", ["nbf"] = nbf, ["exp"] = nbf + LifetimeSeconds, ["uri"] = uri };
        var signingInput = Base64Url(Encoding.UTF8.GetBytes(header.ToJsonString())) + "." + Base64Url(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        using var key = Import(pem) ?? throw new CryptographicException("The Coinbase key is not an EC private key in PEM.");
        return signingInput + "." + Base64Url(key.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));
    }

    /// <summary>A random 16-byte hex nonce for the header.</summary>
    public static string NewNonce() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>True when <paramref name="pem"/> holds an EC P-256 private key (SEC1 or PKCS#8 PEM).</summary>
    public static bool IsEcPrivateKey(ReadOnlySpan<byte> pem)
    {
        using var key = Import(pem);
        return key is not null;
    }

    /// <summary>Imports the private key, or null when the PEM is not an EC P-256 private key (e.g. an Ed25519 key).</summary>
    public static ECDsa? Import(ReadOnlySpan<byte> pem)
    {
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, pem.Length));
        try
        {
            var count = Encoding.UTF8.GetChars(pem, chars);
            // Keys pasted from JSON often carry literal "\n" sequences instead of line breaks.
            var text = chars.AsSpan(0, count);
            var ec = ECDsa.Create();
            try
            {
                if (text.IndexOf("\\n".AsSpan()) >= 0)
                {
                    var fixedText = new string(text).Replace("\\n", "\n", StringComparison.Ordinal);
                    ec.ImportFromPem(fixedText);
                }
                else
                {
                    ec.ImportFromPem(text);
                }
                if (ec.KeySize != 256) throw new CryptographicException("not P-256");
                ec.ExportParameters(includePrivateParameters: true);
                return ec;
            }
            catch (Exception e) when (e is CryptographicException or ArgumentException)
            {
                ec.Dispose();
                return null;
            }
        }
        finally
        {
            Array.Clear(chars);
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>Unpadded base64url.</summary>
    public static string Base64Url(ReadOnlySpan<byte> bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Decodes unpadded base64url.</summary>
    public static byte[] FromBase64Url(string text)
    {
        var s = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(s.PadRight(s.Length + (4 - s.Length % 4) % 4, '='));
    }

    /// <summary>Seconds as invariant text.</summary>
    public static string Seconds(long value) => value.ToString(CultureInfo.InvariantCulture);
}
