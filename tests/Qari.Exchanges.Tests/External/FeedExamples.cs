namespace Qari.Exchanges.Tests.External;

/// <summary>Documented example answers of the two external APIs (alternative.me /fng/ docs, CoinGecko /global docs).</summary>
internal static class FeedExamples
{
    /// <summary>alternative.me's documented example: value 40 ("Fear") at 1551157200 = 2019-02-26 05:00 UTC.</summary>
    public const string FearGreed =
        """{"name":"Fear and Greed Index","data":[{"value":"40","value_classification":"Fear","timestamp":"1551157200","time_until_update":"68499"}],"metadata":{"error":null}}""";

    /// <summary>Shape of CoinGecko's documented /global example, with the dominance and time as parameters.</summary>
    public static string CoinGeckoGlobal(double btcPercent, long updatedAtSeconds) =>
        "{\"data\":{\"active_cryptocurrencies\":13690,\"upcoming_icos\":0,\"ongoing_icos\":49,\"ended_icos\":3376,\"markets\":1046,"
        + "\"total_market_cap\":{\"btc\":39003738.0847159,\"usd\":2721226850772.63},"
        + "\"total_volume\":{\"btc\":1185367.15327093,\"usd\":82716713934.8846},"
        + "\"market_cap_percentage\":{\"btc\":" + btcPercent.ToString(System.Globalization.CultureInfo.InvariantCulture)
        + ",\"eth\":14.9228066918211,\"usdt\":3.92397627536586},"
        + "\"market_cap_change_percentage_24h_usd\":1.72179506060272,\"updated_at\":" + updatedAtSeconds + "}}";

    /// <summary>The documented example's own numbers: 50.4465263233584 % at 1711356300 = 2024-03-25 08:45 UTC.</summary>
    public static string CoinGeckoGlobalExample => CoinGeckoGlobal(50.4465263233584, 1711356300);
}
