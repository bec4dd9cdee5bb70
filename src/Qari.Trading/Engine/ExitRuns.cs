using Qari.Model.Ids;
using Qari.Trading.Events;

namespace Qari.Trading.Engine;

/// <summary>
/// Runs the open trades' exit procedures after each event. The procedure is level-triggered and every change it makes
/// is journaled, so a run that emitted and recorded nothing changed nothing; such a trade is quiet and skipped until
/// an event may have changed what its procedure reads (its state, its orders, its symbol's price when read, the
/// settings). Most events in a backtest are price ticks that change nothing, and each used to run every trade.
/// </summary>
internal sealed class ExitRuns(EngineCore core, Action<Trade> driveAndClose)
{
    private readonly List<Trade> _driving = [];

    /// <summary>False runs every trade after every event (the reference behaviour).</summary>
    public bool SkipQuietTrades { get; set; } = true;

    /// <summary>Runs the exit procedure of every open trade that is not quiet (closing may remove trades, hence the snapshot).</summary>
    public void DriveAll()
    {
        var skip = SkipQuietTrades && !core.Replaying;
        if (!skip ? core.Active.Count == 0 : !AnyUnsettled()) return;
        var snapshot = _driving;
        snapshot.AddRange(core.Active.Values);
        try
        {
            foreach (var t in snapshot)
            {
                if (skip && t.Quiet) continue;
                var journal = core.Journal.Count;
                var commands = core.Commands.Count;
                driveAndClose(t);
                // Quiet: the run emitted and recorded nothing. Every change the procedure makes is journaled, so it
                // also changed nothing, and an identical run would again do nothing. A stop waiting out its back-off
                // depends on the clock, so such a trade is never quiet; nor is a failed exit sell waiting out its own.
                t.Quiet = core.Journal.Count == journal && core.Commands.Count == commands && t.StopRetryAt is null && t.SellRetryAt is null;
            }
        }
        finally
        {
            snapshot.Clear();
        }
    }

    /// <summary>
    /// Marks the trades whose exit procedure may act differently after <paramref name="e"/>. A price tick reaches only
    /// its symbol's trade, and that one only if the tick made the engine act or its last run read the price; a change
    /// of character or higher low reaches only its symbol's trade; a timer tick that emitted and recorded nothing
    /// changed no trade (the clock only matters to stops backing off, which are never quiet); a cycle that opened no
    /// trade only recorded gate decisions. Everything else (order events above all) unsettles all trades.
    /// </summary>
    public void Unsettle(EngineEvent e, bool acted, bool opened)
    {
        switch (e)
        {
            case PriceTick p:
                if (core.Active.TryGetValue(p.Symbol, out var t) && (acted || t.ReadsPrice)) t.Quiet = false;
                break;
            case TimerTick when !acted:
                break;
            // Structure events act on their symbol's trade only (leg 2, the trailing stop).
            case ChangeOfCharacter c:
                Unsettle(c.Symbol);
                break;
            case HigherLow h:
                Unsettle(h.Symbol);
                break;
            case CycleCandidates when !opened:
                break;
            default:
                UnsettleAll();
                break;
        }
    }

    private void Unsettle(Symbol symbol)
    {
        if (core.Active.TryGetValue(symbol, out var t)) t.Quiet = false;
    }

    private bool AnyUnsettled()
    {
        foreach (var t in core.Active.Values) if (!t.Quiet) return true;
        return false;
    }

    public void UnsettleAll()
    {
        foreach (var t in core.Active.Values) t.Quiet = false;
    }
}
