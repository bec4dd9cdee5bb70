using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Qari.Exchanges.Coinbase;
using Qari.Model.Ids;
using Qari.Simulator.Accounts;
using Qari.Simulator.Hosting;

namespace Qari.Simulator.Dialects.Coinbase;

/// <summary>
/// Coinbase's bearer-JWT check: ES256 over header.payload verified with the key's registered public key
/// (<see cref="SimKey.PublicKeyPem"/>, or the public half of a PEM secret); <c>kid</c> = <c>sub</c> = a live key
/// name; <c>iss</c> = "cdp"; <c>nbf</c> not in the future (5 s leeway) and <c>exp</c> after now and at most 120 s
/// after nbf; <c>uri</c> = "METHOD host/path" of this very request. Every failure, and a non-allowed IP, is a bare
/// HTTP 401 "Unauthorized" as Coinbase sends it; a missing permission is 403 PERMISSION_DENIED.
/// </summary>
internal static class CoinbaseAuth
{
    /// <summary>What an endpoint needs from the key.</summary>
    public enum Need { View, Trade }

    public static async Task<(WireRequest Request, SimKey? Key, IResult? Error)> VerifyAsync(HttpContext context, SimulatorState state, Need need)
    {
        var request = await WireRequest.ReadAsync(context).ConfigureAwait(false);
        var auth = context.Request.Headers.Authorization.ToString();
        if (!auth.StartsWith("Bearer ", StringComparison.Ordinal)) return (request, null, CoinbaseWire.Unauthorized());
        var uri = context.Request.Method.ToUpperInvariant() + " " + context.Request.Host.Value + context.Request.Path.Value;
        var key = Verify(auth["Bearer ".Length..], state, uri);
        if (key is null || !key.AllowsIp(request.RemoteIp)) return (request, null, CoinbaseWire.Unauthorized());
        var permitted = need == Need.Trade ? key.SpotTrade : key.Read;
        return permitted ? (request, key, null) : (request, null, CoinbaseWire.Error("PERMISSION_DENIED", "Missing required scopes", 403));
    }

    private static SimKey? Verify(string jwt, SimulatorState state, string uri)
    {
        var parts = jwt.Split('.');
        if (parts.Length != 3) return null;
        try
        {
            using var header = JsonDocument.Parse(CoinbaseJwt.FromBase64Url(parts[0]));
            using var payload = JsonDocument.Parse(CoinbaseJwt.FromBase64Url(parts[1]));
            var h = header.RootElement;
            var p = payload.RootElement;
            if (Text(h, "alg") != "ES256" || Text(h, "kid") is not { } kid) return null;
            var key = state.Keys.Find(kid, ExchangeId.Coinbase);
            if (key is null || key.Revoked) return null;
            using var publicKey = PublicKey(key);
            if (publicKey is null) return null;
            var signed = Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]);
            if (!publicKey.VerifyData(signed, CoinbaseJwt.FromBase64Url(parts[2]), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation)) return null;
            var now = state.NowMs / 1000.0;
            if (Text(p, "iss") != "cdp" || Text(p, "sub") != kid || Text(p, "uri") != uri) return null;
            if (!p.TryGetProperty("nbf", out var nbfElement) || !p.TryGetProperty("exp", out var expElement)) return null;
            var (nbf, exp) = (nbfElement.GetInt64(), expElement.GetInt64());
            if (nbf > now + 5 || now >= exp || exp - nbf > CoinbaseJwt.LifetimeSeconds) return null;
            return key;
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or CryptographicException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static ECDsa? PublicKey(SimKey key)
    {
        if (key.PublicKeyPem is { } pem)
        {
            var ec = ECDsa.Create();
            try
            {
                ec.ImportFromPem(pem);
                return ec;
            }
            catch (Exception e) when (e is CryptographicException or ArgumentException)
            {
                ec.Dispose();
                return null;
            }
        }
        return CoinbaseJwt.Import(Encoding.UTF8.GetBytes(key.Secret));
    }
}
