namespace Qari.Exchanges.Http;

/// <summary>One published limit: at most <see cref="Permits"/> weight units per <see cref="Window"/>, metered per IP or per key.</summary>
public sealed record RateLimitRule(string Name, RateLimitScope Scope, int Permits, TimeSpan Window)
{
    /// <summary>Which weight of an endpoint this rule counts (IP rules count <see cref="Endpoint.Weight"/>, key rules <see cref="Endpoint.KeyWeight"/>).</summary>
    public int WeightOf(Endpoint endpoint) => Scope == RateLimitScope.Ip ? endpoint.Weight : endpoint.KeyWeight;
}
