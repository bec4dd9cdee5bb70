namespace Qari.Trading.Portfolio;

/// <summary>
/// Coins below one lot step that earlier trades of the same symbol left on the venue, taken into this position so its
/// stop and exits cover them (one trade's dust cannot be sold, but many trades' dust adds up to a sellable amount).
/// </summary>
public sealed record DustAdopted(DateTimeOffset At, decimal Quantity) : PositionEvent(At);
