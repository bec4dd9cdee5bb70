namespace Qari.Exchanges.Abstractions;

/// <summary>
/// What Qari could learn about an API key. Qari needs <see cref="Read"/> and <see cref="SpotTrade"/>, and refuses
/// a key with <see cref="Withdraw"/>, <see cref="Transfer"/>, <see cref="Margin"/> or <see cref="Derivatives"/>.
/// </summary>
public sealed record KeyReport(
    Permission Read,
    Permission SpotTrade,
    Permission Withdraw,
    Permission Transfer,
    Permission Margin,
    Permission Derivatives,
    Permission IpRestricted,
    IReadOnlyList<string> AllowedIps,
    string? Note = null)
{
    /// <summary>The permissions that make Qari refuse the key (they let funds leave or risk beyond spot).</summary>
    public IReadOnlyList<string> DangerousPermissions()
    {
        var found = new List<string>();
        if (Withdraw == Permission.Granted) found.Add("withdraw");
        if (Transfer == Permission.Granted) found.Add("transfer");
        if (Margin == Permission.Granted) found.Add("margin");
        if (Derivatives == Permission.Granted) found.Add("futures/derivatives");
        return found;
    }
}
