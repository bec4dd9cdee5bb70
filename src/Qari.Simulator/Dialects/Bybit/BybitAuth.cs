using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Qari.Exchanges.Http;
using Qari.Model.Ids;
using Qari.Simulator.Accounts;
using Qari.Simulator.Hosting;
using static Qari.Simulator.Dialects.Bybit.BybitWire;

namespace Qari.Simulator.Dialects.Bybit;

/// <summary>
/// Bybit v5's HMAC check, answered as Bybit does (HTTP 200, code in the body): <c>X-BAPI-API-KEY</c> must name a
/// live key (10003); <c>server - recvWindow ≤ X-BAPI-TIMESTAMP &lt; server + 1000</c> (10002); <c>X-BAPI-SIGN</c>
/// must be the hex HMAC-SHA256 of timestamp + key + recvWindow + (raw query | raw body) (10004, whose message
/// carries the origin string, as Bybit's does); the caller's IP must be bound to the key (10010); trading needs
/// the spot-trade permission (10005).
/// </summary>
internal static class BybitAuth
{
    public static async Task<(WireRequest Request, SimKey? Key, IResult? Error)> VerifyAsync(HttpContext context, SimulatorState state, bool trade)
    {
        var request = await WireRequest.ReadAsync(context).ConfigureAwait(false);
        var now = state.NowMs;
        var headers = context.Request.Headers;
        var keyId = headers["X-BAPI-API-KEY"].ToString();
        var key = keyId.Length == 0 ? null : state.Keys.Find(keyId, ExchangeId.Bybit);
        if (key is null || key.Revoked) return (request, null, Error(10003, "API key is invalid.", now));
        var recvText = headers["X-BAPI-RECV-WINDOW"].ToString();
        var recvWindow = recvText.Length == 0 ? 5000L : Long(recvText) ?? -1;
        if (Long(headers["X-BAPI-TIMESTAMP"].ToString()) is not { } timestamp || recvWindow <= 0)
            return (request, null, Error(10002, $"invalid request, please check your timestamp and recv_window param. req_timestamp[{headers["X-BAPI-TIMESTAMP"]}],server_timestamp[{now}],recv_window[{recvText}]", now));
        if (!(now - recvWindow <= timestamp && timestamp < now + 1000))
            return (request, null, Error(10002, $"invalid request, please check your server timestamp or recv_window param. req_timestamp[{timestamp}],server_timestamp[{now}],recv_window[{recvWindow}]", now));
        var payload = context.Request.Method == HttpMethods.Get ? request.RawQuery : request.RawBody;
        var origin = headers["X-BAPI-TIMESTAMP"].ToString() + keyId + recvText + payload;
        var expected = Signatures.HmacSha256Hex(Encoding.UTF8.GetBytes(key.Secret), origin);
        var signature = headers["X-BAPI-SIGN"].ToString();
        if (signature.Length == 0 || !Signatures.EqualsIgnoreCase(expected, signature))
            return (request, null, Error(10004, $"error sign! origin_string[{origin}]", now));
        if (!key.AllowsIp(request.RemoteIp))
            return (request, null, Error(10010, string.Create(CultureInfo.InvariantCulture, $"Unmatched IP, please check your API key's bound IP addresses."), now));
        if (trade && !key.SpotTrade) return (request, null, Error(10005, "Permission denied, please check your API key permissions.", now));
        return (request, key, null);
    }
}
