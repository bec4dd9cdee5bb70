using Microsoft.Extensions.Logging;
using Qari.Model.Ids;
using Qari.Runtime.Hosting;
using Qari.Runtime.Trading;
using Qari.Trading.Events;

namespace Qari.Runtime.Grains;

/// <summary>
/// Hosts one account's <see cref="AccountTrader"/>: activation builds it through the silo's
/// <see cref="IRuntimeComposition"/>, starts its queue (which claims the ownership epoch), reconciles and registers
/// the reconciliation reminder. Orleans runs one turn at a time and the trader's own channel orders the work, so the
/// engine stays single-threaded. A fenced trader deactivates; the next call activates a fresh owner.
/// </summary>
public sealed class TraderGrain(IRuntimeComposition composition, ILocalSiloDetails silo, ILogger<TraderGrain> log) : Grain, ITraderGrain
{
    /// <summary>The name of the periodic reconciliation reminder.</summary>
    public const string ReconcileReminder = "reconcile";

    private readonly CancellationTokenSource _stop = new();
    private AccountTrader? _trader;
    private Task? _loop;
    private int _cycles;

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var account = GrainKeys.AccountOf(this.GetPrimaryKeyString());
        var setup = await composition.CreateTraderAsync(account, cancellationToken);
        // Orleans fails an activation by exception; the caller (the scanner) reports it for this account only.
        if (!setup.IsSuccess) throw new InvalidOperationException($"trader {account.Value}: {setup.Error!.Message}");
        var trader = setup.Value.Trader;
        _trader = trader;
        _loop = Task.Run(() => trader.RunAsync(_stop.Token), CancellationToken.None);
        try
        {
            await trader.ReconcileAsync().WaitAsync(cancellationToken);
            if (setup.Value.Restored) await trader.PostAsync(new EngineRestarted(setup.Value.Clock.GetUtcNow())).WaitAsync(cancellationToken);
            await this.RegisterOrUpdateReminder(ReconcileReminder, composition.ReconcilePeriod, composition.ReconcilePeriod);
        }
        catch
        {
            // A failed activation is never deactivated: stop the trader's queue here so it does not run on unowned.
            await _stop.CancelAsync();
            throw;
        }
        log.LogInformation("trader grain {Account} active on {Silo} (epoch {Epoch}{Restored})", account.Value, silo.SiloAddress, trader.Epoch,
            setup.Value.Restored ? ", engine rebuilt from its history" : "");
    }

    /// <inheritdoc />
    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        await _stop.CancelAsync();
        if (_loop is not null)
        {
            try { await _loop.WaitAsync(cancellationToken); }
            catch (OperationCanceledException) { /* the silo is shutting down: the next owner reconciles */ }
        }
        _stop.Dispose();
    }

    /// <inheritdoc />
    public Task<TraderStatus> StartAsync() => Task.FromResult(Status());

    /// <inheritdoc />
    public async Task<TraderStatus> CycleAsync(ScanDto scan, CancellationToken cancellationToken = default)
    {
        var trader = Running();
        // Only the wait ends with the token: the unit of work runs on in the trader's own turn until it finishes or the
        // trader stops (deactivation cancels it), so an engine that keeps running is never left between journal and venue.
        await trader.CycleAsync(ScanMapper.ToScan(scan), new HashSet<Symbol>()).WaitAsync(cancellationToken);
        _cycles++;
        if (!trader.Fenced && _cycles % composition.ReconcileEveryCycles == 0) await trader.ReconcileAsync().WaitAsync(cancellationToken);
        return Checked(trader);
    }

    /// <inheritdoc />
    public async Task<TraderStatus> ReconcileAsync()
    {
        var trader = Running();
        await trader.ReconcileAsync();
        return Checked(trader);
    }

    /// <inheritdoc />
    public Task<TraderStatus> StatusAsync() => Task.FromResult(Status());

    /// <inheritdoc />
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == ReconcileReminder) await ReconcileAsync();
    }

    private AccountTrader Running() => _trader ?? throw new InvalidOperationException("The trader grain is not activated.");

    private TraderStatus Checked(AccountTrader trader)
    {
        if (trader.Fenced)
        {
            // Another activation owns the account (a split after a failover): this one steps aside.
            log.LogError("trader grain {Account} on {Silo} lost ownership; deactivating", this.GetPrimaryKeyString(), silo.SiloAddress);
            DeactivateOnIdle();
        }
        return Status();
    }

    private TraderStatus Status()
    {
        var trader = Running();
        return new TraderStatus(this.GetPrimaryKeyString(), silo.SiloAddress.ToString(), trader.Epoch, trader.Fenced, trader.Executor.Degraded,
            trader.Engine.ActiveTrades.Count, _cycles);
    }
}
