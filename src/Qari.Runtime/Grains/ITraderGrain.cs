namespace Qari.Runtime.Grains;

/// <summary>
/// One exchange account's trader (key: <see cref="GrainKeys.Trader"/>): a thin host around the account's
/// <c>AccountTrader</c>. Activation claims ownership (a new fencing epoch), rebuilds the engine and reconciles with
/// the venue; a reminder reconciles periodically; each cycle arrives from the exchange's scanner.
/// </summary>
public interface ITraderGrain : IGrainWithStringKey, IRemindable
{
    /// <summary>Activates the trader (claim, restore, reconcile) and registers its reconciliation reminder.</summary>
    Task<TraderStatus> StartAsync();

    /// <summary>
    /// Handles one cycle's shared scan; completes when every command it caused has been answered. A cancelled
    /// <paramref name="cancellationToken"/> ends the wait, never the trader's unit of work halfway: that stops only
    /// with the trader itself (deactivation, shutdown), after which the next start reconciles.
    /// </summary>
    Task<TraderStatus> CycleAsync(ScanDto scan, CancellationToken cancellationToken = default);

    /// <summary>Reconciles with the venue now.</summary>
    Task<TraderStatus> ReconcileAsync();

    /// <summary>Where and how the trader runs (silo, epoch, fenced, degraded, open trades).</summary>
    Task<TraderStatus> StatusAsync();
}
