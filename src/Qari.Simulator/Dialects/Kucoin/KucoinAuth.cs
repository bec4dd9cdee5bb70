using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Qari.Exchanges.Http;
using Qari.Model.Ids;
using Qari.Simulator.Accounts;
using Qari.Simulator.Hosting;

namespace Qari.Simulator.Dialects.Kucoin;

/// <summary>
/// KuCoin's private request check, in KuCoin's order and codes: all five KC-API headers present (400001), the key
/// known and live (400003), the timestamp within 5 s of the server (400002), the passphrase (HMAC'd for key version
/// ≥ 2, plain for version 1; 400004), the signature over timestamp + METHOD + path?query (un-encoded) + body
/// (400005), the caller's IP on the whitelist (400006) and the permission (400007). A seeded key without a
/// passphrase is taken to have the empty passphrase.
/// </summary>
internal static class KucoinAuth
{
    private const long WindowMs = 5_000;

    public static async Task<(WireRequest Request, SimKey? Key, IResult? Error)> VerifyAsync(HttpContext context, SimulatorState state, bool trade)
    {
        var request = await WireRequest.ReadAsync(context).ConfigureAwait(false);
        var headers = context.Request.Headers;
        string keyId = headers["KC-API-KEY"].ToString(), sign = headers["KC-API-SIGN"].ToString(), ts = headers["KC-API-TIMESTAMP"].ToString(),
            passphrase = headers["KC-API-PASSPHRASE"].ToString(), version = headers["KC-API-KEY-VERSION"].ToString();
        if (keyId.Length == 0 || sign.Length == 0 || ts.Length == 0 || passphrase.Length == 0)
            return (request, null, KucoinWire.Error("400001", "Please check the header of your request for KC-API-KEY, KC-API-SIGN, KC-API-TIMESTAMP, KC-API-PASSPHRASE", 401));
        var key = state.Keys.Find(keyId, ExchangeId.Kucoin);
        if (key is null || key.Revoked) return (request, null, KucoinWire.Error("400003", "KC-API-KEY not exists", 401));
        if (!long.TryParse(ts, NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp) || Math.Abs(state.NowMs - timestamp) > WindowMs)
            return (request, null, KucoinWire.Error("400002", "KC-API-TIMESTAMP Invalid -- Time differs from server time by more than 5 seconds", 401));
        var secret = Encoding.UTF8.GetBytes(key.Secret);
        var expectedPassphrase = version is "" or "1"
            ? key.Passphrase ?? ""
            : Convert.ToBase64String(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(key.Passphrase ?? "")));
        if (!Signatures.EqualsExact(expectedPassphrase, passphrase)) return (request, null, KucoinWire.Error("400004", "Invalid KC-API-PASSPHRASE", 401));
        var path = context.Request.Path.Value ?? "";
        var endpoint = request.RawQuery.Length == 0 ? path : path + "?" + Uri.UnescapeDataString(request.RawQuery);
        var expected = Signatures.HmacSha256Base64(secret, ts + context.Request.Method.ToUpperInvariant() + endpoint + request.RawBody);
        if (!Signatures.EqualsExact(expected, sign)) return (request, null, KucoinWire.Error("400005", "Invalid KC-API-SIGN", 401));
        if (!key.AllowsIp(request.RemoteIp))
            return (request, null, KucoinWire.Error("400006", $"Invalid request ip, the current clientIp is:{request.RemoteIp}", 403));
        if (trade ? !key.SpotTrade : !key.Read) return (request, null, KucoinWire.Error("400007", "Access denied, require more permission.", 403));
        return (request, key, null);
    }
}
