using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Qari.Model.Ids;
using Qari.Runtime.Health;
using Qari.Runtime.Journal;
using Qari.Runtime.Notifications;
using Qari.Runtime.Scanning;
using Qari.Trading.Risk;
using Qari.Trading.Commands;
using Qari.Trading.Engine;
using Qari.Trading.Events;
using Qari.Trading.Journal;

namespace Qari.Runtime.Trading;

/// <summary>
/// One exchange account's trader: the <see cref="TradingEngine"/> fed through a single queue, one event at a time.
/// Each input is journaled before the engine sees it, each output after, gathered per turn into one transaction that is
/// committed before any request that changes the venue leaves; every order's sending row is durably committed before
/// it is sent, and its outcome is journaled with the answer, which goes back into the same queue. An ownership epoch taken at start is
/// checked before every order, so a trader that lost its account to another process places nothing more.
/// </summary>
public sealed class AccountTrader
{
    private const int BalanceRefreshCycles = 12;
    private readonly Channel<Work> _queue = Channel.CreateUnbounded<Work>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TraderContext _ctx;
    private readonly OrderExecutor _executor;
    private readonly ILogger _log;
    private readonly TraderFence _fence;
    private readonly TraderTurn _turn;
    private readonly JournalOutage _outage;
    private bool _wasDegraded;
    private bool _venueWasDown;
    private bool _journalWasDown;
    private bool _keyAlerted;
    private int _quietCycles = BalanceRefreshCycles;
    private decimal _lastFree;

    /// <summary>A trader for the account in <paramref name="context"/>.</summary>
    public AccountTrader(TraderContext context, ILogger log)
    {
        ArgumentNullException.ThrowIfNull(context);
        _ctx = context;
        _log = log;
        _executor = new OrderExecutor(context.Exchange, context.Metrics);
        _fence = new TraderFence(context, log);
        _turn = new TraderTurn(context, _executor, _fence, log);
        _outage = new JournalOutage(context, _executor, _turn, log, AlertAsync, ReconcileInputsAsync);
    }

    /// <summary>The engine (read it only between turns, e.g. from tests after a cycle).</summary>
    public TradingEngine Engine => _ctx.Engine;

    /// <summary>The venue executor (degraded state).</summary>
    public OrderExecutor Executor => _executor;

    /// <summary>True once another process claimed the account: this trader places nothing more.</summary>
    public bool Fenced => _fence.Fenced;

    /// <summary>True while the journal cannot be written: nothing is sent, work is skipped, and the journal is retried with back-off.</summary>
    public bool JournalDown => _outage.Active;

    /// <summary>True once a reconciliation with the venue succeeded in this process.</summary>
    public bool Reconciled { get; private set; }

    /// <summary>
    /// After a restart: reconciles with the venue (fills while away adopted, missing stops re-placed before anything
    /// else) and then feeds <see cref="EngineRestarted"/>, which queries every order whose outcome is still unknown.
    /// </summary>
    public async Task RecoverAsync()
    {
        await ReconcileAsync().ConfigureAwait(false);
        await PostAsync(new EngineRestarted(_ctx.Clock.GetUtcNow())).ConfigureAwait(false);
    }

    /// <summary>The ownership epoch this trader claimed (0 before it started).</summary>
    public long Epoch => _fence.Epoch;

    /// <summary>Takes ownership (the fencing epoch) and runs the queue until cancelled.</summary>
    public async Task RunAsync(CancellationToken ct)
    {
        long epoch;
        try
        {
            epoch = _fence.Claim();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // No epoch, no trading (its checks would have nothing to compare with): the queued work fails now rather
            // than waiting for a loop that never runs, so the host's start fails and is tried again by it.
            _log.LogError("[{Account}] trader not started: the ownership epoch could not be claimed ({Error}: {Message})", _ctx.Name, ex.GetType().Name, FirstLine(ex.Message));
            _queue.Writer.TryComplete(ex);
            while (_queue.Reader.TryRead(out var queued)) queued.Done.TrySetException(ex);
            throw;
        }
        _log.LogInformation("[{Account}] trader started (ownership epoch {Epoch})", _ctx.Name, epoch);
        try
        {
            await foreach (var work in _queue.Reader.ReadAllAsync(ct).ConfigureAwait(false))
            {
                try
                {
                    // While the journal is down the work is skipped: what it would have read is read again once the engine is rebuilt.
                    if (!_outage.Active || await _outage.TryRecoverAsync(ct).ConfigureAwait(false))
                    {
                        var inputs = await work.Produce(ct).ConfigureAwait(false);
                        await _turn.ProcessAsync(inputs, ct).ConfigureAwait(false);
                        // A stop refused for insufficient balance: the venue's truth now, so the stop is re-sized to what
                        // it holds in this turn rather than retried unchanged after a back-off (a failed read leaves the wish for the next turn).
                        if (_ctx.Engine.ReconciliationWanted && !_fence.Fenced)
                            await _turn.ProcessAsync(await ReconcileInputsAsync(ct).ConfigureAwait(false), ct).ConfigureAwait(false);
                        await AlertKeyProblemAsync(ct).ConfigureAwait(false);
                    }
                    work.Done.TrySetResult();
                }
                catch (OperationCanceledException) when (ct.IsCancellationRequested)
                {
                    work.Done.TrySetCanceled(ct);
                    throw;
                }
                catch (JournalUnavailableException ex) when (_ctx.Rebuild is not null)
                {
                    // Nothing left for the venue after the failed write; the caller's work is done (no crash loop), the trader waits for the journal.
                    await _outage.FailedAsync(ex, ct).ConfigureAwait(false);
                    work.Done.TrySetResult();
                }
                catch (Exception ex)
                {
                    // A bug: the waiting caller sees it, and the trader stops rather than trade on an unknown state.
                    _log.LogCritical(ex, "[{Account}] trader stopped by an engine error", _ctx.Name);
                    await AlertAsync(RuntimeAlert.EngineError, $"trader stopped ({ex.GetType().Name}: {FirstLine(ex.Message)}); it needs attention before it trades again").ConfigureAwait(false);
                    work.Done.TrySetException(ex);
                    _queue.Writer.TryComplete(ex);
                    throw;
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Stopping: whatever is queued is re-derived at the next start by reconciliation.
        }
    }

    /// <summary>Queues a unit of work whose events are produced inside the trader's turn; completes when they and every answer they caused are handled.</summary>
    public Task EnqueueAsync(Func<CancellationToken, Task<IReadOnlyList<EngineEvent>>> produce)
    {
        var work = new Work(produce, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(work)) work.Done.TrySetException(new InvalidOperationException("The trader's queue is closed."));
        return work.Done.Task;
    }

    /// <summary>Queues ready-made events.</summary>
    public Task PostAsync(params EngineEvent[] events) => EnqueueAsync(_ => Task.FromResult<IReadOnlyList<EngineEvent>>(events));

    /// <summary>Reconciles with the venue: the venue's truth becomes one journaled input (missing stops re-placed first).</summary>
    public Task ReconcileAsync() => EnqueueAsync(ReconcileInputsAsync);

    private async Task<IReadOnlyList<EngineEvent>> ReconcileInputsAsync(CancellationToken ct)
    {
        var truth = await VenueTruth.FetchAsync(_ctx.Exchange, _ctx.Engine, _ctx.Clock.GetUtcNow(), ct).ConfigureAwait(false);
        if (!truth.IsSuccess)
        {
            _executor.Observe(truth.Error!);
            _log.LogWarning("[{Account}] reconciliation skipped: {Error}", _ctx.Name, truth.Error!.Message);
            return [];
        }
        _executor.Healthy();
        Reconciled = true;
        var applied = Qari.Trading.Reconciliation.Reconciler.Plan(_ctx.Engine, truth.Value);
        var corrections = applied.Events.Count + applied.Queries.Count + applied.OrphanCancels.Count + applied.Findings.Count;
        _ctx.Metrics.ReconciliationCorrections.Increment(corrections);
        _log.LogInformation("[{Account}] reconciled with {Exchange}: {Open} open orders, {Corrections} corrections", _ctx.Name,
            _ctx.Exchange.Exchange, truth.Value.OpenOrders.Count, corrections);
        return [applied];
    }

    /// <summary>
    /// Queues the work of one cycle: time, prices of held symbols, fills and order states, then the shared candidates
    /// with this account's balances and health. An unreachable venue or stale data blocks entries (check 16) while
    /// the stops already resting on the venue stay where they are.
    /// </summary>
    public Task CycleAsync(ScanResult scan, IReadOnlySet<Symbol> platformBlacklist) => EnqueueAsync(async ct =>
    {
        ArgumentNullException.ThrowIfNull(scan);
        var now = _ctx.Clock.GetUtcNow();
        var events = new List<EngineEvent> { new TimerTick(now) };
        events.AddRange(_ctx.Engine.ActiveTrades.Keys.Where(scan.Prices.ContainsKey).Select(s => new PriceTick(now, s, scan.Prices[s])));
        events.AddRange(await VenueTruth.OrderUpdatesAsync(_executor, _ctx.Engine, now, ct).ConfigureAwait(false));
        // Balances only size entries: read them when there is a candidate, else hourly (status equity) — one call fewer per quiet cycle.
        var (equity, free) = scan.Candidates.Count > 0 || ++_quietCycles >= BalanceRefreshCycles
            ? await BalancesAsync(scan, ct).ConfigureAwait(false)
            : (_ctx.LastEquity, _lastFree);
        LogHealthChange();
        var health = new AccountHealth(ExchangeReachable: !_executor.Degraded, MarketDataFresh: scan.DataFresh);
        events.AddRange(scan.StructureEvents);
        events.Add(new CycleCandidates(now, scan.Candidates, scan.Markets, health, equity, free, platformBlacklist, scan.Correlations));
        return events;
    });

    // Logs when entries become blocked or allowed again; the recovery line names what recovered in the episode (the
    // exchange, the journal, or both), since a journal outage also degrades the account.
    private void LogHealthChange()
    {
        if (_executor.Degraded)
        {
            _venueWasDown |= _executor.VenueDegraded;
            _journalWasDown |= _executor.JournalDegraded;
        }
        if (_executor.Degraded == _wasDegraded) return;
        _wasDegraded = _executor.Degraded;
        if (_wasDegraded)
        {
            _log.LogWarning("[{Account}] DEGRADED ({Reason}): new entries blocked, resting stops stay", _ctx.Name, _executor.DegradedReason);
            return;
        }
        var recovered = (_venueWasDown, _journalWasDown) switch
        {
            (true, true) => "exchange reachable and journal writable again",
            (false, true) => "journal writable again",
            _ => "exchange reachable again",
        };
        _venueWasDown = _journalWasDown = false;
        _log.LogInformation("[{Account}] {Recovered}: entries allowed", _ctx.Name, recovered);
    }

    // One alert per refusal episode: it re-arms only once a call with the key succeeded (proof it works again), not
    // after a cycle that merely made no private call — else a revoked key would re-alert (and be re-marked) every candidate cycle.
    private async Task AlertKeyProblemAsync(CancellationToken ct)
    {
        var problem = _executor.TakeKeyProblem();
        var worked = _executor.TakeKeyWorked();
        if (problem is null)
        {
            if (worked) _keyAlerted = false;
            return;
        }
        if (_keyAlerted) return;
        _keyAlerted = true;
        _log.LogError("[{Account}] the exchange refused the key: {Kind}: {Error}", _ctx.Name, problem.Kind, problem.Message);
        await AlertAsync(RuntimeAlert.InvalidKey, $"{_ctx.Exchange.Exchange} refused the API key ({problem.Kind}: {problem.Message}); " +
            "entries are blocked until it works again. Check the key's permissions, IP whitelist or replace it.", ct).ConfigureAwait(false);
    }

    private async Task AlertAsync(RuntimeAlert alert, string message, CancellationToken ct = default)
    {
        try
        {
            await _ctx.Notifier.AlertAsync(_ctx.Name, alert, message, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _log.LogWarning("[{Account}] notifier failed: {Error}", _ctx.Name, ex.GetType().Name);
        }
    }

    private static string FirstLine(string text)
    {
        var line = text.Split('\n', 2)[0].Trim();
        return line.Length <= 200 ? line : line[..200] + "…";
    }

    private async Task<(decimal Equity, decimal Free)> BalancesAsync(ScanResult scan, CancellationToken ct)
    {
        _quietCycles = 0;
        var balances = await _ctx.Exchange.GetBalancesAsync(ct).ConfigureAwait(false);
        if (!balances.IsSuccess)
        {
            _executor.Observe(balances.Error!);
            return (_ctx.LastEquity, 0m);
        }
        _executor.Healthy();
        const string quote = "USDT";
        var equity = 0m;
        var free = 0m;
        foreach (var b in balances.Value)
        {
            if (b.Asset == quote)
            {
                equity += b.Total;
                free = b.Free;
            }
            else if (scan.Prices.TryGetValue(new Symbol(b.Asset, quote), out var price)) equity += b.Total * price;
        }
        _ctx.LastEquity = equity;
        _lastFree = free;
        return (equity, free);
    }

    private sealed record Work(Func<CancellationToken, Task<IReadOnlyList<EngineEvent>>> Produce, TaskCompletionSource Done);
}
