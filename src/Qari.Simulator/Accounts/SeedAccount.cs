namespace Qari.Simulator.Accounts;

/// <summary>An account in a seed file: id, starting free balances per asset, fee rates, keys.</summary>
public sealed record SeedAccount(
    string Id,
    IReadOnlyDictionary<string, decimal> Balances,
    IReadOnlyList<SimKey> Keys,
    decimal MakerFee = 0.001m,
    decimal TakerFee = 0.001m);
