namespace Qari.Exchanges.Okx.Wire;

/// <summary>Row of <c>GET /api/v5/account/config</c>: the key's permissions and bound IPs.</summary>
public sealed class OkxAccountConfig
{
    /// <summary>Account id.</summary>
    public string? Uid { get; init; }

    /// <summary>Account mode: 1 spot, 2 futures, 3 multi-currency margin, 4 portfolio margin.</summary>
    public string? AcctLv { get; init; }

    /// <summary>Comma list of read_only, trade, withdraw.</summary>
    public string? Perm { get; init; }

    /// <summary>Comma list of bound IPs; empty = none.</summary>
    public string? Ip { get; init; }

    /// <summary>The key's label.</summary>
    public string? Label { get; init; }
}
