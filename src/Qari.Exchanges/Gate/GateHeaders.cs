namespace Qari.Exchanges.Gate;

/// <summary>Gate's authentication and rate-limit header names.</summary>
public static class GateHeaders
{
    /// <summary>The API key.</summary>
    public const string Key = "KEY";
    /// <summary>The hex signature.</summary>
    public const string Sign = "SIGN";
    /// <summary>The request time in Unix seconds.</summary>
    public const string Timestamp = "Timestamp";
    /// <summary>Requests left for this endpoint.</summary>
    public const string RateLimitRemaining = "X-Gate-RateLimit-Requests-Remain";
    /// <summary>The endpoint's limit.</summary>
    public const string RateLimitLimit = "X-Gate-RateLimit-Limit";
    /// <summary>When the limit resets (Unix seconds).</summary>
    public const string RateLimitReset = "X-Gate-RateLimit-Reset-Timestamp";
}
