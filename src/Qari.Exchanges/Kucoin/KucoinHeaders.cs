namespace Qari.Exchanges.Kucoin;

/// <summary>KuCoin's authentication and rate-limit header names.</summary>
public static class KucoinHeaders
{
    /// <summary>The API key.</summary>
    public const string Key = "KC-API-KEY";
    /// <summary>The base64 signature.</summary>
    public const string Sign = "KC-API-SIGN";
    /// <summary>The request time in Unix milliseconds.</summary>
    public const string Timestamp = "KC-API-TIMESTAMP";
    /// <summary>The passphrase (HMAC'd for key version ≥ 2).</summary>
    public const string Passphrase = "KC-API-PASSPHRASE";
    /// <summary>The key version (2 or 3).</summary>
    public const string KeyVersion = "KC-API-KEY-VERSION";
    /// <summary>The resource pool's quota.</summary>
    public const string RateLimitLimit = "gw-ratelimit-limit";
    /// <summary>What is left of the quota.</summary>
    public const string RateLimitRemaining = "gw-ratelimit-remaining";
    /// <summary>Milliseconds until the quota resets.</summary>
    public const string RateLimitReset = "gw-ratelimit-reset";
}
