using Qari.Exchanges.Abstractions;
using Qari.Model.Ids;

namespace Qari.Connect;

/// <summary>
/// Qari's rule for API keys (spec invariant 1 and section 7): read and spot trading only. A key that can withdraw,
/// transfer, trade margin or derivatives is refused, and the message names each permission to switch off. The
/// same rule serves every exchange: it reads only the port's <see cref="KeyReport"/>.
/// </summary>
public static class KeyPolicy
{
    /// <summary>Judges <paramref name="report"/>; <paramref name="egressIp"/> (null: unknown) is the IP to whitelist.</summary>
    public static KeyVerdict Evaluate(ExchangeId exchange, KeyReport report, string? egressIp)
    {
        ArgumentNullException.ThrowIfNull(report);
        var name = exchange.Name();
        var dangerous = Dangerous(report).Where(p => p.Value == Permission.Granted).Select(p => p.SwitchOff).ToList();
        if (dangerous.Count > 0)
        {
            return new KeyVerdict(
                $"Refused: this {name} key can {string.Join(", ", Dangerous(report).Where(p => p.Value == Permission.Granted).Select(p => p.Can))}. "
                + $"Qari only accepts keys limited to reading and spot trading, so a stolen key can never move funds. On {name}, edit this API key "
                + $"and switch off: {string.Join("; ", dangerous)} (or create a new key with only read and spot trading enabled), then add it again. Nothing was stored.",
                []);
        }
        if (report.Read == Permission.Denied)
            return new KeyVerdict($"Refused: this {name} key cannot read account data. On {name}, switch on reading (account/balance read) for this key, then add it again. Nothing was stored.", []);
        var warnings = new List<string>();
        if (report.SpotTrade == Permission.Denied)
            warnings.Add($"This key cannot trade spot: Qari can read balances but not place orders. Switch on spot trading on {name} when you want Qari to trade.");
        foreach (var unknown in Dangerous(report).Where(p => p.Value == Permission.Unknown))
            warnings.Add($"{name} does not tell whether this key can {unknown.Can}: check on {name} that {unknown.SwitchOff} is switched off.");
        if (report.IpRestricted == Permission.Denied)
        {
            warnings.Add(egressIp is null
                ? $"This key has no IP restriction: anyone who obtains it can trade with it from anywhere. Restrict it on {name} to the public IP Qari's requests come from (unknown here: set Qari:EgressIp to have it shown)."
                : $"This key has no IP restriction: anyone who obtains it can trade with it from anywhere. On {name}, restrict it to this IP: {egressIp}");
        }
        else if (report.IpRestricted == Permission.Unknown)
        {
            warnings.Add($"{name} does not tell whether this key is IP-restricted: restrict it to {egressIp ?? "the public IP Qari's requests come from (set Qari:EgressIp to have it shown)"}.");
        }
        return new KeyVerdict(null, warnings);
    }

    private static (Permission Value, string Can, string SwitchOff)[] Dangerous(KeyReport r) =>
    [
        (r.Withdraw, "withdraw", "withdrawals"),
        (r.Transfer, "transfer", "transfers (internal / universal / sub-account transfer)"),
        (r.Margin, "trade margin", "margin trading (and margin loans)"),
        (r.Derivatives, "trade futures/derivatives", "futures / derivatives / options trading"),
    ];
}
