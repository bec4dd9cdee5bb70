using Microsoft.Extensions.Logging;
using Qari.Runtime.Journal;
using Qari.Trading.Commands;
using Qari.Trading.Events;
using Qari.Trading.Journal;

namespace Qari.Runtime.Trading;

/// <summary>
/// One turn of a trader: each input journaled before the engine sees it, each output after, the engine's commands
/// executed, their answers fed back in the same turn; the turn's rows gathered into one batch that is committed
/// before any request that changes the venue leaves (an order's sending row durably first) and at the end with the
/// snapshot. A failed journal write surfaces as <see cref="JournalUnavailableException"/> before anything is sent.
/// </summary>
internal sealed class TraderTurn(TraderContext ctx, OrderExecutor executor, TraderFence fence, ILogger log)
{
    // The positions this run last committed: a turn that leaves them as they were rewrites only the account row.
    private IReadOnlyList<PositionSnapshot>? _committedPositions;

    /// <summary>Runs the inputs (and every answer they cause) through the engine.</summary>
    public async Task ProcessAsync(IReadOnlyList<EngineEvent> inputs, CancellationToken ct)
    {
        // A trader that lost its account journals nothing more: its inputs would corrupt the new owner's history.
        if (inputs.Count > 0 && !fence.StillOwner("its inputs not journaled")) return;
        var batch = new JournalBatch();
        fence.Arm(batch);
        var pending = new Queue<EngineEvent>(inputs);
        try
        {
            while (pending.Count > 0 && !fence.Fenced)
            {
                var e = pending.Dequeue();
                batch.Append(ctx.Account, e.At, "in", e.GetType().Name, JournalPayload.Of(e));
                var step = ctx.Engine.Handle(e);
                if (e is OrderEvent oe) RecordOrder(batch, oe);
                // Corrections a reconciliation applied (fills adopted while away, orders resolved) update the orders table too.
                else if (e is ReconciliationApplied applied) foreach (var corrected in applied.Events) RecordOrder(batch, corrected);
                foreach (var entry in step.Journal)
                {
                    batch.Append(ctx.Account, entry.At, "out", entry.GetType().Name, JournalPayload.Of(entry), (entry as TradeClosed)?.RealisedR);
                    if (entry is OrderUpdated { FilledDelta: > 0 }) ctx.Metrics.Fills.Increment();
                    TraderLog.Write(log, ctx.Name, entry);
                }
                foreach (var command in step.Commands)
                    foreach (var answer in await ExecuteAsync(command, batch, ct).ConfigureAwait(false)) pending.Enqueue(answer);
            }
            // A fenced trader's rows would land in the new owner's history: what it did not commit is dropped.
            if (fence.Fenced) return;
            var snapshot = Snapshot();
            batch.Snapshot(snapshot, PositionSnapshot.SameAs(_committedPositions, snapshot.Positions));
            if (fence.Held(await CommitAsync(batch, "committing the turn's rows and snapshot", ct).ConfigureAwait(false), "its turn's rows not journaled"))
                _committedPositions = snapshot.Positions;
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not JournalUnavailableException && batch.Count > 0 && !fence.Fenced)
        {
            // The engine failed on an input: keep what the turn journaled (that input included) for the diagnosis.
            await CommitQuietlyAsync(batch).ConfigureAwait(false);
            throw;
        }
    }

    private async Task<JournalCommit> CommitAsync(JournalBatch batch, string where, CancellationToken ct)
    {
        try
        {
            return await ctx.Journal.CommitAsync(batch, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            throw new JournalUnavailableException(where, ex);
        }
    }

    private async Task CommitQuietlyAsync(JournalBatch batch)
    {
        try
        {
            await ctx.Journal.CommitAsync(batch, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogWarning("[{Account}] the failed turn's journal rows were not written: {Error}", ctx.Name, ex.GetType().Name);
        }
    }

    private async Task<IReadOnlyList<EngineEvent>> ExecuteAsync(EngineCommand command, JournalBatch batch, CancellationToken ct)
    {
        var now = ctx.Clock.GetUtcNow();
        switch (command)
        {
            case PlaceOrder place:
                // Fencing: another process owns this account now; sending would race it with the same client ids.
                var notSent = $"order {place.Spec.Id} not sent";
                if (!fence.MaySend(notSent)) return [];
                // Write-ahead: the turn so far and the order's sending row, durably committed before the request leaves —
                // and, with the epochs in the journal, only while this trader's epoch holds (checked in that transaction).
                batch.OrderSending(ctx.Account, now, place.Spec);
                var sending = await CommitAsync(batch, $"committing the sending row of order {place.Spec.Id} (not sent)", ct).ConfigureAwait(false);
                if (!fence.Held(sending, notSent)) return [];
                return await executor.PlaceAsync(place.Spec, now, ct).ConfigureAwait(false);
            case CancelOrder cancel:
                // A cancel changes the venue: what led to it is durable first, as for an order.
                batch.RequireDurable();
                var before = await CommitAsync(batch, $"committing the turn before cancelling order {cancel.Id} (not sent)", ct).ConfigureAwait(false);
                if (!fence.Held(before, $"cancel of order {cancel.Id} not sent")) return [];
                return await executor.CancelAsync(cancel, now, ct).ConfigureAwait(false);
            case QueryOrder query:
                // A read changes nothing on the venue: its rows wait for the turn's next commit.
                return await executor.QueryAsync(query, now, ct).ConfigureAwait(false);
            case Notify notify:
                batch.Append(ctx.Account, now, "notify", notify.Kind.ToString(), JournalPayload.Of(notify));
                await ctx.Notifier.NotifyAsync(ctx.Name, notify, ct).ConfigureAwait(false);
                return [];
            default:
                throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Unknown engine command.");
        }
    }

    private void RecordOrder(JournalBatch batch, OrderEvent e)
    {
        var tracked = ctx.Engine.Orders.Find(e.Order);
        var state = tracked?.State.ToString() ?? e.GetType().Name.Replace("Order", "", StringComparison.Ordinal);
        var detail = e switch
        {
            OrderRejected r => $"rejected: {r.Kind}: {r.Reason}",
            CancelRejected c => $"cancel refused: {c.Kind}: {c.Reason}",
            OrderOutcomeUnknown => "outcome unknown: resolved by query",
            _ => null,
        };
        var exchangeId = e switch
        {
            OrderAccepted a => a.ExchangeOrder.Value,
            OrderStatusReported { ExchangeOrder: { } x } => x.Value,
            _ => null,
        };
        batch.OrderOutcome(ctx.Account, e.Order, e.At, state, exchangeId, detail, tracked?.Filled);
    }

    private AccountSnapshot Snapshot()
    {
        var engine = ctx.Engine;
        var now = engine.Now;
        var kill = engine.KillSwitch.Status(now, engine.Settings);
        var positions = engine.ActiveTrades.Values
            .OrderBy(t => t.Symbol.ToString(), StringComparer.Ordinal)
            .Select(t => new PositionSnapshot(t.Symbol, t.Id, t.Phase.ToString(), t.Position.Quantity, t.Position.AverageEntry, t.Position.StopPrice, t.Candidate.Target1, t.Candidate.Target2))
            .ToList();
        return new AccountSnapshot(ctx.Account, ctx.Name, ctx.Exchange.Exchange.ToString(), now, executor.Degraded, kill.Tripped,
            kill.Tripped ? kill.Reason : "", engine.KillSwitch.DayR(now), engine.KillSwitch.WeekR(now), ctx.LastEquity, positions);
    }
}
