using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Qari.Exchanges.Http;
using Qari.Model.Ids;
using Qari.Simulator.Accounts;
using Qari.Simulator.Hosting;

namespace Qari.Simulator.Dialects.Binance;

/// <summary>
/// Binance's SIGNED request check: <c>X-MBX-APIKEY</c> must name a live key (-2014 malformed, -2015 unknown,
/// revoked, wrong IP or missing permission, HTTP 401); <c>timestamp</c> must be within <c>recvWindow</c> (≤ 60000,
/// default 5000) and not more than 1 s ahead (-1021); the HMAC-SHA256 of the query ‖ body as received, without
/// the signature parameter, must equal <c>signature</c>, case-insensitively (-1022).
/// </summary>
internal static class BinanceAuth
{
    /// <summary>What a signed endpoint needs from the key.</summary>
    public enum Security { UserData, Trade, AnyKey }

    public static async Task<(WireRequest Request, SimKey? Key, IResult? Error)> VerifyAsync(HttpContext context, SimulatorState state, Security security)
    {
        var request = await WireRequest.ReadAsync(context).ConfigureAwait(false);
        var keyId = context.Request.Headers["X-MBX-APIKEY"].ToString();
        if (keyId.Length is 0 or > 64 || !keyId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            return (request, null, BinanceWire.Error(-2014, "API-key format invalid.", 401));
        var key = state.Keys.Find(keyId, ExchangeId.Binance);
        if (key is null || key.Revoked) return (request, null, BinanceWire.InvalidKey());
        if (request["timestamp"] is null || !double.TryParse(request["timestamp"], NumberStyles.Float, CultureInfo.InvariantCulture, out var timestamp))
            return (request, null, BinanceWire.Mandatory("timestamp"));
        var recvWindow = 5000.0;
        if (request["recvWindow"] is { } rw && (!double.TryParse(rw, NumberStyles.Float, CultureInfo.InvariantCulture, out recvWindow) || recvWindow <= 0))
            return (request, null, BinanceWire.Error(-1100, "Illegal characters found in parameter 'recvWindow'."));
        if (recvWindow > 60_000) return (request, null, BinanceWire.Error(-1131, "recvWindow must be less than 60000"));
        // A 16-digit timestamp is in microseconds.
        if (timestamp > 1e14) timestamp /= 1000;
        var server = (double)state.NowMs;
        if (!(timestamp < server + 1000 && server - timestamp <= recvWindow))
            return (request, null, BinanceWire.Error(-1021, "Timestamp for this request is outside of the recvWindow."));
        var signature = request["signature"];
        if (string.IsNullOrEmpty(signature)) return (request, null, BinanceWire.Mandatory("signature"));
        var payload = WithoutSignature(request.RawQuery) + WithoutSignature(request.RawBody);
        var expected = Signatures.HmacSha256Hex(Encoding.UTF8.GetBytes(key.Secret), payload);
        if (!Signatures.EqualsIgnoreCase(expected, signature)) return (request, null, BinanceWire.Error(-1022, "Signature for this request is not valid."));
        if (!key.AllowsIp(request.RemoteIp)) return (request, null, BinanceWire.InvalidKey());
        var permitted = security switch
        {
            Security.Trade => key.SpotTrade,
            Security.UserData => key.Read,
            _ => true,
        };
        return permitted ? (request, key, null) : (request, null, BinanceWire.InvalidKey());
    }

    /// <summary>The raw string minus its <c>signature=</c> parameter, other bytes untouched.</summary>
    public static string WithoutSignature(string raw)
    {
        if (!raw.Contains("signature=", StringComparison.Ordinal)) return raw;
        return string.Join('&', raw.Split('&').Where(p => !p.StartsWith("signature=", StringComparison.Ordinal)));
    }
}
