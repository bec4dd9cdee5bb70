using Qari.Model.Ids;
using Qari.Model.Results;
using Qari.Runtime.Health;
using Qari.Runtime.Scanning;
using Qari.Runtime.Trading;

namespace Qari.Runtime.Hosting;

/// <summary>
/// What a silo's grains are built from (registered in each silo's services): the accounts of each exchange, a
/// scanner per exchange, a trader per account, and the schedules. The demo, production and tests each provide one;
/// the grains stay thin hosts around the engine objects it creates.
/// </summary>
public interface IRuntimeComposition
{
    /// <summary>The runtime's counters (for /metrics).</summary>
    RuntimeMetrics Metrics { get; }

    /// <summary>How often (wall time) each trader's reminder reconciles it with its venue.</summary>
    TimeSpan ReconcilePeriod { get; }

    /// <summary>Each trader also reconciles every this many cycles (market time; the demo's cycles are faster than the wall clock).</summary>
    int ReconcileEveryCycles { get; }

    /// <summary>The accounts trading on <paramref name="exchange"/> (the scanner hands each cycle to their traders).</summary>
    IReadOnlyList<AccountId> AccountsOn(ExchangeId exchange);

    /// <summary>A scanner for <paramref name="exchange"/>, warmed with the history closed by <paramref name="closeMs"/>.</summary>
    Task<Result<Scanner>> CreateScannerAsync(ExchangeId exchange, long closeMs, CancellationToken ct);

    /// <summary>A new (not yet started) trader for <paramref name="account"/>: its adapter and its engine, fresh or rebuilt from its history.</summary>
    Task<Result<TraderSetup>> CreateTraderAsync(AccountId account, CancellationToken ct);
}
