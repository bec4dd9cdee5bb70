using System.Text.Json;
using Qari.Exchanges.Http;
using Qari.Model.Results;

namespace Qari.Exchanges.External;

/// <summary>
/// Reads CoinGecko's <c>/global</c> answer: <c>{"data":{..., "market_cap_percentage":{"btc":50.4, ...},
/// "updated_at":1711000000}}</c>. The percentage becomes a 0–1 fraction; <c>updated_at</c> is in Unix seconds.
/// </summary>
internal static class BtcDominanceParser
{
    private const string Where = "coingecko global";

    /// <summary>The BTC share and when CoinGecko computed it, or MalformedResponse.</summary>
    public static Result<DominanceSample> Parse(string body) => WireJson.ParseResult(body, Where, Read);

    private static Result<DominanceSample> Read(JsonElement root)
    {
        var data = root.Required("data");
        var percent = (double)data.Required("market_cap_percentage").GetDecimal("btc");
        if (percent is <= 0 or > 100) return Error.Malformed(Where, $"BTC dominance {percent} % is outside (0, 100]");
        var seconds = data.GetInt64("updated_at");
        if (seconds <= 0) return Error.Malformed(Where, $"updated_at {seconds} is not a Unix time");
        return new DominanceSample(percent / 100.0, checked(seconds * 1000));
    }
}
