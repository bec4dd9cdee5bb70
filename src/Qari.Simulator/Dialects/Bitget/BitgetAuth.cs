using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Qari.Exchanges.Http;
using Qari.Model.Ids;
using Qari.Simulator.Accounts;
using Qari.Simulator.Hosting;

namespace Qari.Simulator.Dialects.Bitget;

/// <summary>
/// Bitget's signed-request check: <c>ACCESS-KEY</c> must name a live key (40006), <c>ACCESS-TIMESTAMP</c> (ms) within
/// 30 s of the server (40008), <c>ACCESS-PASSPHRASE</c> equal to the key's (40012), <c>ACCESS-SIGN</c> the base64
/// HMAC-SHA256 of timestamp + METHOD + path + ?query + body as received (40009), the caller's IP bound (40018) and
/// the trade permission for trading routes (40014).
/// </summary>
internal static class BitgetAuth
{
    private const long WindowMs = 30_000;

    public static async Task<(WireRequest Request, SimKey? Key, IResult? Error)> VerifyAsync(HttpContext context, SimulatorState state, bool trade)
    {
        var request = await WireRequest.ReadAsync(context).ConfigureAwait(false);
        var now = state.NowMs;
        var headers = context.Request.Headers;
        var keyId = headers["ACCESS-KEY"].ToString();
        var key = keyId.Length == 0 ? null : state.Keys.Find(keyId, ExchangeId.Bitget);
        if (key is null || key.Revoked) return (request, null, BitgetWire.Error("40006", "Invalid ACCESS_KEY", now));
        var tsText = headers["ACCESS-TIMESTAMP"].ToString();
        if (!long.TryParse(tsText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var ts))
            return (request, null, BitgetWire.Error("40005", "Invalid ACCESS_TIMESTAMP", now));
        if (Math.Abs(now - ts) > WindowMs) return (request, null, BitgetWire.Error("40008", "Request timestamp expired", now));
        var passphrase = headers["ACCESS-PASSPHRASE"].ToString();
        if (passphrase.Length == 0) return (request, null, BitgetWire.Error("40011", "ACCESS_PASSPHRASE cannot be empty", now));
        if (!Signatures.EqualsExact(passphrase, key.Passphrase ?? "")) return (request, null, BitgetWire.Error("40012", "apikey/password is incorrect", now));
        var prehash = tsText + context.Request.Method.ToUpperInvariant() + context.Request.Path.Value +
                      (request.RawQuery.Length > 0 ? "?" + request.RawQuery : "") + request.RawBody;
        var expected = Signatures.HmacSha256Base64(Encoding.UTF8.GetBytes(key.Secret), prehash);
        if (!Signatures.EqualsExact(expected, headers["ACCESS-SIGN"].ToString())) return (request, null, BitgetWire.Error("40009", "sign signature error", now));
        if (!key.AllowsIp(request.RemoteIp)) return (request, null, BitgetWire.Error("40018", "Invalid IP", now));
        if (!key.Read || (trade && !key.SpotTrade)) return (request, null, BitgetWire.Error("40014", "Incorrect permissions", now));
        return (request, key, null);
    }
}
