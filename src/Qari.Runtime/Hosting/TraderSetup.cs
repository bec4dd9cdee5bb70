using Qari.Runtime.Trading;

namespace Qari.Runtime.Hosting;

/// <summary>
/// A trader made by the composition, its runtime clock, and whether its engine was rebuilt from history (then,
/// after reconciling, it is told it restarted).
/// </summary>
public sealed record TraderSetup(AccountTrader Trader, TimeProvider Clock, bool Restored);
