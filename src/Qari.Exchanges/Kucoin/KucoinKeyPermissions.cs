using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Kucoin.Dto;
using Qari.Model.Results;

namespace Qari.Exchanges.Kucoin;

/// <summary>
/// Reads KuCoin's comma-separated key permissions. KuCoin lists every permission a key has, so absent ones are
/// <see cref="Permission.Denied"/>; a token Qari does not know fails the report rather than being guessed.
/// </summary>
internal static class KucoinKeyPermissions
{
    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        "General", "Spot", "Margin", "Futures", "Options", "Earn", "InnerTransfer", "Transfer", "Withdrawal", "LeadtradeFutures",
    };

    /// <summary>The key report for one api-key response.</summary>
    public static Result<KeyReport> Report(KucoinApiKeyDto key)
    {
        var tokens = key.Permission.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var token in tokens)
        {
            if (!Known.Contains(token)) return Error.Malformed("KuCoin api-key", $"unknown permission '{token}'");
        }
        Permission Has(params string[] names) => tokens.Any(t => names.Contains(t, StringComparer.OrdinalIgnoreCase)) ? Permission.Granted : Permission.Denied;
        var ips = (key.IpWhitelist ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var note = Has("Earn") == Permission.Granted ? "The key also has the Earn permission (not used by Qari)." : null;
        return new KeyReport(
            Read: Has("General"),
            SpotTrade: Has("Spot"),
            // KuCoin's API names the withdrawal right "Transfer"; moves between own accounts are "InnerTransfer".
            Withdraw: Has("Transfer", "Withdrawal"),
            Transfer: Has("InnerTransfer"),
            Margin: Has("Margin"),
            Derivatives: Has("Futures", "Options", "LeadtradeFutures"),
            IpRestricted: ips.Length > 0 ? Permission.Granted : Permission.Denied,
            AllowedIps: ips,
            Note: note);
    }
}
