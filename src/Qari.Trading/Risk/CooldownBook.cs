using Qari.Model.Ids;

namespace Qari.Trading.Risk;

/// <summary>Per-symbol cooldowns after a stop-loss (check 11).</summary>
public sealed class CooldownBook
{
    private readonly Dictionary<Symbol, DateTimeOffset> _until = new();

    /// <summary>Starts (or extends) a cooldown on <paramref name="symbol"/> until <paramref name="until"/>.</summary>
    public void Start(Symbol symbol, DateTimeOffset until)
    {
        if (!_until.TryGetValue(symbol, out var current) || until > current) _until[symbol] = until;
    }

    /// <summary>The end of the cooldown on <paramref name="symbol"/> if one is running at <paramref name="now"/>.</summary>
    public DateTimeOffset? ActiveUntil(Symbol symbol, DateTimeOffset now) =>
        _until.TryGetValue(symbol, out var until) && until > now ? until : null;
}
