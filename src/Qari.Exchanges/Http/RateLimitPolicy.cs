namespace Qari.Exchanges.Http;

/// <summary>All published limits of one exchange, kept in one place per adapter.</summary>
public sealed record RateLimitPolicy(IReadOnlyList<RateLimitRule> Rules)
{
    /// <summary>The rules metered per egress IP.</summary>
    public IEnumerable<RateLimitRule> IpRules => Rules.Where(r => r.Scope == RateLimitScope.Ip);

    /// <summary>The rules metered per key.</summary>
    public IEnumerable<RateLimitRule> KeyRules => Rules.Where(r => r.Scope == RateLimitScope.Key);
}
