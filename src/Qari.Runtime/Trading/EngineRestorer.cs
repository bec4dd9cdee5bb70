using Qari.Model.Results;
using Qari.Runtime.Journal;
using Qari.Trading.Engine;
using Qari.Trading.Risk;

namespace Qari.Runtime.Trading;

/// <summary>
/// Rebuilds an account's engine at start-up from what its journal holds (every input replayed in order, the entry
/// lock answering as the journaled trades say), so a restarted trader continues its trades instead of forgetting
/// them. The trader then reconciles with the venue (missing stops re-placed first) and feeds <c>EngineRestarted</c>.
/// </summary>
public static class EngineRestorer
{
    /// <summary>The restored engine (a fresh one when nothing was journaled) and how many inputs were replayed.</summary>
    public static Result<(TradingEngine Engine, int Replayed)> Restore(IJournal journal, AccountProfile profile, TradingSettings settings, PlanCaps caps, RiskGate gate)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var history = JournalReader.Read(journal, profile.Account);
        if (!history.IsSuccess) return history.Error!;
        var h = history.Value;
        var engine = h.IsEmpty
            ? new TradingEngine(profile, settings, caps, gate)
            : TradingEngine.Restore(profile, settings, caps, gate, h.Inputs, h.Outputs);
        return (engine, h.Inputs.Count);
    }

    /// <summary>
    /// Replaces a running engine by one rebuilt from the journal (after a journal outage, when the running engine moved
    /// on without a durable record): the entry locks the old engine held are released first, so trades it opened that
    /// the journal never recorded do not keep their symbols locked; the rebuilt engine takes back the ones it needs.
    /// </summary>
    public static Result<TradingEngine> Rebuild(TradingEngine old, IJournal journal, AccountProfile profile, TradingSettings settings, PlanCaps caps,
        RiskGate gate, bool thisRunOnly = false)
    {
        ArgumentNullException.ThrowIfNull(old);
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(gate);
        Result<JournalHistory> history;
        try
        {
            history = JournalReader.Read(journal, profile.Account, thisRunOnly);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The driver's first line says refused, reset or timed out; it names host and port, never the password.
            var cause = ex.Message.Split('\n', 2)[0].Trim();
            return new Error(ErrorKind.ExchangeUnavailable, "journal.unavailable", $"account {profile.Account}: the journal could not be read ({ex.GetType().Name}: {cause})", Transient: true);
        }
        if (!history.IsSuccess) return history.Error!;
        foreach (var t in old.ActiveTrades.Values.Where(t => t.LockHeld))
            gate.EntryLock.Release(new EntryLockKey(profile.User, t.Symbol), profile.Account);
        var h = history.Value;
        return h.IsEmpty
            ? new TradingEngine(profile, settings, caps, gate)
            : TradingEngine.Restore(profile, settings, caps, gate, h.Inputs, h.Outputs);
    }
}
