using System.Text;
using Microsoft.AspNetCore.Http;
using Qari.Exchanges.Http;
using Qari.Exchanges.Okx;
using Qari.Model.Ids;
using Qari.Simulator.Accounts;
using Qari.Simulator.Hosting;
using static Qari.Simulator.Dialects.Okx.OkxWire;

namespace Qari.Simulator.Dialects.Okx;

/// <summary>
/// OKX v5's private-request check, answered with HTTP 401 and OKX's codes: the four OK-ACCESS headers must be
/// present (50103/50104/50106/50107); the key must be live (50111); the timestamp must be ISO-8601 with
/// milliseconds (50112) and within 30 s of the server (50102); the passphrase must match (50105); the base64
/// HMAC-SHA256 of timestamp + METHOD + path?query + body as received must match (50113); the caller's IP must be
/// whitelisted (50110); trading needs the trade permission (50120).
/// </summary>
internal static class OkxAuth
{
    public static async Task<(WireRequest Request, SimKey? Key, IResult? Error)> VerifyAsync(HttpContext context, SimulatorState state, bool trade)
    {
        var request = await WireRequest.ReadAsync(context).ConfigureAwait(false);
        var h = context.Request.Headers;
        string keyId = h["OK-ACCESS-KEY"].ToString(), sign = h["OK-ACCESS-SIGN"].ToString(),
            timestamp = h["OK-ACCESS-TIMESTAMP"].ToString(), passphrase = h["OK-ACCESS-PASSPHRASE"].ToString();
        if (keyId.Length == 0) return (request, null, AuthError("50103", "Request header OK-ACCESS-KEY can not be empty."));
        if (passphrase.Length == 0) return (request, null, AuthError("50104", "Request header OK-ACCESS-PASSPHRASE can not be empty."));
        if (sign.Length == 0) return (request, null, AuthError("50106", "Request header OK-ACCESS-SIGN can not be empty."));
        if (timestamp.Length == 0) return (request, null, AuthError("50107", "Request header OK-ACCESS-TIMESTAMP can not be empty."));
        var key = state.Keys.Find(keyId, ExchangeId.Okx);
        if (key is null || key.Revoked) return (request, null, AuthError("50111", "Invalid OK-ACCESS-KEY."));
        if (!OkxSigner.TryParseTimestamp(timestamp, out var sent)) return (request, null, AuthError("50112", "Invalid OK-ACCESS-TIMESTAMP."));
        if ((state.Clock.GetUtcNow() - sent).Duration() > OkxSigner.Window) return (request, null, AuthError("50102", "Timestamp request expired."));
        if (!string.Equals(passphrase, key.Passphrase, StringComparison.Ordinal)) return (request, null, AuthError("50105", "OK-ACCESS-PASSPHRASE incorrect."));
        var path = context.Request.Path.Value + context.Request.QueryString.Value;
        var expected = Signatures.HmacSha256Base64(Encoding.UTF8.GetBytes(key.Secret), timestamp + context.Request.Method + path + request.RawBody);
        if (!Signatures.EqualsExact(expected, sign)) return (request, null, AuthError("50113", "Invalid Sign"));
        if (!key.AllowsIp(request.RemoteIp))
            return (request, null, AuthError("50110", $"Your IP {request.RemoteIp} is not included in your API key's IP whitelist."));
        if (trade && !key.SpotTrade) return (request, null, AuthError("50120", "API key doesn't have permission to trade."));
        return (request, key, null);
    }

    /// <summary>Types a handler as a route delegate, so its IResult is written to the response.</summary>
    public static Delegate H(Func<HttpContext, Task<IResult>> handler) => handler;

    /// <summary>Verifies the request, then runs the handler with the key.</summary>
    public static async Task<IResult> Signed(HttpContext context, SimulatorState state, bool trade, Func<WireRequest, SimKey, IResult> handle)
    {
        var (request, key, error) = await VerifyAsync(context, state, trade).ConfigureAwait(false);
        return error ?? handle(request, key!);
    }
}
