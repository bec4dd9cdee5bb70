using System.Globalization;
using Microsoft.Extensions.Logging;
using Qari.Trading.Journal;

namespace Qari.Runtime.Trading;

/// <summary>One readable log line per journal entry: gate decisions with every failed check, orders, fills, trades.</summary>
internal static class TraderLog
{
    public static void Write(ILogger log, string account, JournalEntry entry)
    {
        switch (entry)
        {
            case GateEvaluated g when g.Decision.Approved:
                log.LogInformation("[{Account}] gate {Symbol} score {Score}: PASS — entry {Entry}, stop {Stop}, risk {Risk} USDT",
                    account, g.Candidate.Symbol, N(g.Candidate.Score), N(g.Decision.Sizing.EntryPrice), N(g.Decision.Sizing.StopPrice), N(g.Decision.Sizing.RiskQuote));
                break;
            case GateEvaluated g:
                log.LogInformation("[{Account}] gate {Symbol} score {Score}: FAIL — {Reasons}",
                    account, g.Candidate.Symbol, N(g.Candidate.Score), string.Join("; ", g.Decision.Failures.Select(f => f.ToString())));
                break;
            case TradeOpened t:
                log.LogInformation("[{Account}] trade {Trade} opened on {Symbol}: {Summary}", account, t.Trade, t.Candidate.Symbol, t.Candidate.Summary);
                break;
            case OrderSubmitted o:
                log.LogInformation("[{Account}] order {Id} {Side} {Type} {Qty} {Symbol}{Price}{Stop} — {Why}", account, o.Spec.Id, o.Spec.Side, o.Spec.Type,
                    N(o.Spec.Quantity), o.Spec.Symbol, o.Spec.LimitPrice is { } lp ? " @ " + N(lp) : "", o.Spec.StopPrice is { } sp ? " stop " + N(sp) : "", o.Why);
                break;
            case OrderUpdated u when u.FilledDelta > 0:
                log.LogInformation("[{Account}] fill {Id} +{Qty} @ {Price} ({From} → {To})", account, u.Order, N(u.FilledDelta), N(u.FillPrice), u.From, u.To);
                break;
            case OrderUpdated u:
                log.LogInformation("[{Account}] order {Id} {From} → {To}", account, u.Order, u.From, u.To);
                break;
            case CancelSubmitted c:
                log.LogInformation("[{Account}] cancel {Id} — {Why}", account, c.Order, c.Why);
                break;
            case StopMoved m:
                log.LogInformation("[{Account}] trade {Trade} stop {From} → {To} ({Reason})", account, m.Trade, N(m.From), N(m.To), m.Reason);
                break;
            case TradeClosed c:
                log.LogInformation("[{Account}] trade {Trade} closed: {R}R ({Quote} USDT), {Reason}", account, c.Trade, c.RealisedR.ToString("0.##", CultureInfo.InvariantCulture), N(Math.Round(c.RealisedQuote, 2)), c.Reason);
                break;
            case KillSwitchChanged k:
                log.LogWarning("[{Account}] kill switch {State}: {Reason}", account, k.Tripped ? "TRIPPED" : "released", k.Reason);
                break;
            case Flagged f:
                log.LogWarning("[{Account}] attention {Subject}: {Message}", account, f.Subject, f.Message);
                break;
            case LegChanged l:
                log.LogInformation("[{Account}] trade {Trade} {From} → {To}: {Note}", account, l.Trade, l.From, l.To, l.Note);
                break;
            case ProcedureStepped p:
                log.LogInformation("[{Account}] trade {Trade} {Purpose}: {From} → {To} {Note}", account, p.Trade, p.Purpose, p.From, p.To, p.Note);
                break;
            default:
                log.LogInformation("[{Account}] {Entry}", account, entry.GetType().Name);
                break;
        }
    }

    public static string N(decimal d) => d.ToString(CultureInfo.InvariantCulture);
}
