using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Qari.Exchanges.Http;
using Qari.Model.Ids;
using Qari.Simulator.Accounts;
using Qari.Simulator.Hosting;

namespace Qari.Simulator.Dialects.Gate;

/// <summary>
/// Gate APIv4's private request check: KEY, SIGN and Timestamp present (MISSING_REQUIRED_HEADER), the key known and
/// live (INVALID_KEY), the timestamp (seconds) within 60 s (REQUEST_EXPIRED), the hex HMAC-SHA512 over
/// METHOD\npath\nquery\nhex(SHA512(body))\ntimestamp (INVALID_SIGNATURE), all HTTP 401; then the IP whitelist
/// (IP_FORBIDDEN) and the permission (READ_ONLY for writes, FORBIDDEN for reads), HTTP 403.
/// </summary>
internal static class GateAuth
{
    private const double WindowSeconds = 60;

    public static async Task<(WireRequest Request, SimKey? Key, IResult? Error)> VerifyAsync(HttpContext context, SimulatorState state, bool trade)
    {
        var request = await WireRequest.ReadAsync(context).ConfigureAwait(false);
        var headers = context.Request.Headers;
        string keyId = headers["KEY"].ToString(), sign = headers["SIGN"].ToString(), ts = headers["Timestamp"].ToString();
        if (keyId.Length == 0 || sign.Length == 0 || ts.Length == 0)
        {
            var missing = keyId.Length == 0 ? "KEY" : sign.Length == 0 ? "SIGN" : "Timestamp";
            return (request, null, GateWire.Error("MISSING_REQUIRED_HEADER", $"Missing required header: {missing}", 401));
        }
        var key = state.Keys.Find(keyId, ExchangeId.Gate);
        if (key is null || key.Revoked) return (request, null, GateWire.Error("INVALID_KEY", "Invalid key provided", 401));
        if (!double.TryParse(ts, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) || Math.Abs(state.NowMs / 1000.0 - seconds) > WindowSeconds)
            return (request, null, GateWire.Error("REQUEST_EXPIRED", "gap between request Timestamp and server time exceeds 60", 401));
        var prehash = context.Request.Method.ToUpperInvariant() + "\n" + (context.Request.Path.Value ?? "") + "\n" + request.RawQuery + "\n"
            + Signatures.Sha512Hex(request.RawBody) + "\n" + ts;
        var expected = Signatures.HmacSha512Hex(Encoding.UTF8.GetBytes(key.Secret), prehash);
        if (!Signatures.EqualsIgnoreCase(expected, sign)) return (request, null, GateWire.Error("INVALID_SIGNATURE", "Signature mismatch", 401));
        if (!key.AllowsIp(request.RemoteIp)) return (request, null, GateWire.Error("IP_FORBIDDEN", $"Request IP not in whitelist: {request.RemoteIp}", 403));
        if (trade && !key.SpotTrade) return (request, null, GateWire.Error("READ_ONLY", "API key is read-only", 403));
        if (!key.Read) return (request, null, GateWire.Error("FORBIDDEN", "Forbidden: the key has no permission for this operation", 403));
        return (request, key, null);
    }
}
