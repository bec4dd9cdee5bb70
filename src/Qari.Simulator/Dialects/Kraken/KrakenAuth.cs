using System.Globalization;
using Microsoft.AspNetCore.Http;
using Qari.Exchanges.Kraken;
using Qari.Model.Ids;
using Qari.Simulator.Accounts;
using Qari.Simulator.Hosting;

namespace Qari.Simulator.Dialects.Kraken;

/// <summary>
/// Kraken's private-call check: <c>API-Key</c> names a live key whose secret is base64 (EAPI:Invalid key);
/// <c>API-Sign</c> equals HMAC-SHA512(base64decode(secret), path ‖ SHA-256(nonce + body as received)) (EAPI:Invalid
/// signature); the nonce is strictly greater than the last one accepted for the key (EAPI:Invalid nonce); the IP is
/// allowed and the permission granted (EGeneral:Permission denied). Beyond Kraken, the simulator also refuses a
/// time-based nonce more than 60 s behind its clock, so clients' clock handling is exercised.
/// </summary>
internal sealed class KrakenAuth
{
    private const long MaxLagMicros = 60_000_000;
    private readonly Dictionary<string, long> _lastNonce = new(StringComparer.Ordinal);
    private readonly object _gate = new();

    /// <summary>What a private endpoint needs from the key.</summary>
    public enum Need { Nothing, Query, Trade }

    public async Task<(WireRequest Request, SimKey? Key, IResult? Error)> VerifyAsync(HttpContext context, SimulatorState state, Need need)
    {
        var request = await WireRequest.ReadAsync(context).ConfigureAwait(false);
        var keyId = context.Request.Headers["API-Key"].ToString();
        var key = keyId.Length == 0 ? null : state.Keys.Find(keyId, ExchangeId.Kraken);
        var secret = key is null ? [] : System.Text.Encoding.UTF8.GetBytes(key.Secret);
        if (key is null || key.Revoked || !KrakenSigner.IsBase64(secret)) return (request, null, KrakenWire.Error("EAPI:Invalid key"));
        var nonceText = request["nonce"];
        if (nonceText is null || !long.TryParse(nonceText, NumberStyles.None, CultureInfo.InvariantCulture, out var nonce))
            return (request, null, KrakenWire.Error("EAPI:Invalid nonce"));
        var expected = KrakenSigner.Signature(secret, context.Request.Path.Value ?? "", nonceText, request.RawBody);
        if (!Qari.Exchanges.Http.Signatures.EqualsExact(expected, context.Request.Headers["API-Sign"].ToString()))
            return (request, null, KrakenWire.Error("EAPI:Invalid signature"));
        if (!Accept(keyId, nonce, state.NowMs * 1000)) return (request, null, KrakenWire.Error("EAPI:Invalid nonce"));
        if (!key.AllowsIp(request.RemoteIp)) return (request, null, KrakenWire.Error("EGeneral:Permission denied"));
        var permitted = need switch
        {
            Need.Trade => key.SpotTrade,
            Need.Query => key.Read,
            _ => true,
        };
        return permitted ? (request, key, null) : (request, null, KrakenWire.Error("EGeneral:Permission denied"));
    }

    /// <summary>The last nonce accepted for a key (0 when none), for the key-info answer.</summary>
    public long LastNonce(string keyId)
    {
        lock (_gate) return _lastNonce.GetValueOrDefault(keyId);
    }

    private bool Accept(string keyId, long nonce, long nowMicros)
    {
        // Nonces of 12-14 digits are read as ms, 15-17 as µs, longer as ns; counters (shorter) are only checked for increase.
        var asMicros = nonce >= 100_000_000_000_000_000 ? nonce / 1000 : nonce >= 100_000_000_000_000 ? nonce : nonce >= 100_000_000_000 ? nonce * 1000 : (long?)null;
        if (asMicros is { } t && t < nowMicros - MaxLagMicros) return false;
        lock (_gate)
        {
            if (_lastNonce.TryGetValue(keyId, out var last) && nonce <= last) return false;
            _lastNonce[keyId] = nonce;
            return true;
        }
    }
}
