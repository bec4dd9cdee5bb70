namespace Qari.Exchanges.Bybit.Wire;

/// <summary>Result of <c>GET /v5/user/query-api</c>: the calling key's permissions and IP binding.</summary>
public sealed class BybitApiKeyInfo
{
    /// <summary>Key id.</summary>
    public string? Id { get; init; }

    /// <summary>The key's note.</summary>
    public string? Note { get; init; }

    /// <summary>The API key.</summary>
    public string? ApiKey { get; init; }

    /// <summary>0 read-write, 1 read-only.</summary>
    public int ReadOnly { get; init; }

    /// <summary>Permission groups (Spot, Wallet, ContractTrade, Derivatives, Options, Exchange, Earn...).</summary>
    public Dictionary<string, List<string>>? Permissions { get; init; }

    /// <summary>Bound IPs; <c>["*"]</c> means unrestricted.</summary>
    public List<string>? Ips { get; init; }

    /// <summary>Expiry time (ISO text).</summary>
    public string? ExpiredAt { get; init; }
}
