namespace Qari.Exchanges.Http;

/// <summary>What an exchange meters a limit by.</summary>
public enum RateLimitScope
{
    /// <summary>Per egress IP: shared by every account on the node that sends from that IP.</summary>
    Ip,
    /// <summary>Per API key / account.</summary>
    Key,
}
