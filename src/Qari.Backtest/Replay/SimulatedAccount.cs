using Qari.Model.Ids;

namespace Qari.Backtest.Replay;

/// <summary>
/// The simulated exchange account: the quote balance and each base asset's balance, changed only by fills. Live
/// buy orders lock quote and live sell orders (stops included) lock base, as on a spot exchange.
/// </summary>
public sealed class SimulatedAccount
{
    private readonly SortedDictionary<string, decimal> _base = new(StringComparer.Ordinal);

    /// <summary>An account holding <paramref name="quote"/> of <paramref name="quoteAsset"/>.</summary>
    public SimulatedAccount(string quoteAsset, decimal quote)
    {
        QuoteAsset = quoteAsset;
        Quote = quote;
    }

    /// <summary>The quote asset (e.g. USDT).</summary>
    public string QuoteAsset { get; }

    /// <summary>Quote balance (free + locked).</summary>
    public decimal Quote { get; private set; }

    /// <summary>Quote locked by live buy orders.</summary>
    public decimal LockedQuote { get; internal set; }

    /// <summary>Quote not locked by orders.</summary>
    public decimal FreeQuote => Quote - LockedQuote;

    /// <summary>Base balances by asset (assets never held are absent).</summary>
    public IReadOnlyDictionary<string, decimal> Base => _base;

    /// <summary>The balance of <paramref name="symbol"/>'s base asset.</summary>
    public decimal BaseOf(Symbol symbol) => _base.TryGetValue(symbol.Base, out var v) ? v : 0m;

    /// <summary>Quote plus every base balance valued at <paramref name="price"/>.</summary>
    public decimal Equity(Func<string, decimal> price)
    {
        ArgumentNullException.ThrowIfNull(price);
        var equity = Quote;
        foreach (var (asset, amount) in _base) if (amount != 0) equity += amount * price(asset);
        return equity;
    }

    internal void AddQuote(decimal delta) => Quote += delta;

    internal void AddBase(Symbol symbol, decimal delta) => _base[symbol.Base] = BaseOf(symbol) + delta;
}
