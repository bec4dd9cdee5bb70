namespace Qari.Simulator.Engine;

/// <summary>A simulated exchange account: balances per asset and its fee rates.</summary>
public sealed class SimAccount
{
    private readonly Dictionary<string, SimBalance> _balances = new(StringComparer.Ordinal);

    /// <summary>Creates an account with starting free balances.</summary>
    public SimAccount(string id, IReadOnlyDictionary<string, decimal> balances, decimal makerFee = 0.001m, decimal takerFee = 0.001m)
    {
        Id = id;
        MakerFee = makerFee;
        TakerFee = takerFee;
        foreach (var (asset, amount) in balances) Balance(asset).Free = amount;
    }

    /// <summary>The account id.</summary>
    public string Id { get; }

    /// <summary>Fee rate for resting (maker) fills.</summary>
    public decimal MakerFee { get; }

    /// <summary>Fee rate for taking (taker) fills.</summary>
    public decimal TakerFee { get; }

    /// <summary>All assets held (including zero ones touched before).</summary>
    public IReadOnlyDictionary<string, SimBalance> Balances => _balances;

    /// <summary>The balance of an asset, created at zero when new.</summary>
    public SimBalance Balance(string asset)
    {
        if (!_balances.TryGetValue(asset, out var balance)) _balances[asset] = balance = new SimBalance();
        return balance;
    }
}
