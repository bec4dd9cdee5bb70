using System.Text.Json;
using Qari.Exchanges.Abstractions;
using Qari.Model.Results;

namespace Qari.Exchanges.Gate;

/// <summary>
/// Reads <c>GET /account/main_keys</c>: the main account's keys with their permission groups (<c>perms</c>: name +
/// read_only) and IP whitelists. The list shows keys masked (<c>c5dcfbf1f3a7*****</c>), so the key in use is the one
/// whose visible prefix it starts with; newer answers return the calling key as one object. Gate's "wallet" group
/// covers withdrawals and transfers, so a writable wallet permission is reported as both. A permission group Qari
/// does not know fails the report rather than being guessed.
/// </summary>
internal static class GateKeyPermissions
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "wallet", "spot", "futures", "delivery", "earn", "custody", "options", "account", "loan", "margin", "unified", "copy", "pilot", "otc", "alpha", "crossx",
    };

    /// <summary>The report for <paramref name="keyId"/>, or null when the answer does not single out that key.</summary>
    public static Result<KeyReport?> Report(string json, string keyId)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            JsonElement? match = root.ValueKind switch
            {
                JsonValueKind.Object => root,
                JsonValueKind.Array => Single(root, keyId),
                _ => null,
            };
            return match is { } key ? From(key) : Result<KeyReport?>.Ok(null);
        }
        catch (JsonException e)
        {
            return Error.Malformed("Gate main_keys", e.Message);
        }
        catch (InvalidOperationException e)
        {
            return Error.Malformed("Gate main_keys", e.Message);
        }
    }

    private static JsonElement? Single(JsonElement list, string keyId)
    {
        JsonElement? found = null;
        foreach (var item in list.EnumerateArray())
        {
            if (!item.TryGetProperty("key", out var masked) || masked.ValueKind != JsonValueKind.String) continue;
            var prefix = (masked.GetString() ?? "").TrimEnd('*');
            if (prefix.Length == 0 || !keyId.StartsWith(prefix, StringComparison.Ordinal)) continue;
            if (found is not null) return null;
            found = item;
        }
        return found;
    }

    private static Result<KeyReport?> From(JsonElement key)
    {
        var readable = new HashSet<string>(StringComparer.Ordinal);
        var writable = new HashSet<string>(StringComparer.Ordinal);
        if (key.TryGetProperty("perms", out var perms) && perms.ValueKind == JsonValueKind.Array)
        {
            foreach (var perm in perms.EnumerateArray())
            {
                var name = perm.GetProperty("name").GetString() ?? "";
                if (!Known.Contains(name)) return Error.Malformed("Gate main_keys", $"unknown permission group '{name}'");
                readable.Add(name);
                if (!(perm.TryGetProperty("read_only", out var ro) && ro.ValueKind == JsonValueKind.True)) writable.Add(name);
            }
        }
        Permission Rw(params string[] names) => names.Any(writable.Contains) ? Permission.Granted : Permission.Denied;
        var ips = key.TryGetProperty("ip_whitelist", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(e => e.GetString() ?? "").Where(s => s.Length > 0).ToList()
            : [];
        return new KeyReport(
            Read: readable.Count > 0 ? Permission.Granted : Permission.Denied,
            SpotTrade: Rw("spot"),
            Withdraw: Rw("wallet"),
            Transfer: Rw("wallet"),
            Margin: Rw("margin", "loan", "unified"),
            Derivatives: Rw("futures", "delivery", "options"),
            IpRestricted: ips.Count > 0 ? Permission.Granted : Permission.Denied,
            AllowedIps: ips,
            Note: "Gate's spot permission also covers spot margin orders; Qari places none.");
    }
}
