using System.Globalization;
using Qari.Model.Results;
using Qari.Trading.Execution;

namespace Qari.Trading.Engine;

/// <summary>
/// What the engine does when the venue refuses a stop or an exit sell: back off (1 minute doubling to 16), send again at
/// once when the refusal placed nothing and a resend cannot be refused for the same cause (a timestamp outside the
/// window), or ask for the venue's truth first when it lacks the coins (insufficient balance), so the order is re-sized
/// to what it holds. Each immediate retry is used once per refusal streak, so a venue that keeps refusing meets the back-off.
/// </summary>
internal sealed class RefusalDesk(EngineCore core)
{
    /// <summary>A stop's answer: accepted ends the back-off; refused starts it (and, for insufficient balance, asks for the venue's truth).</summary>
    public void OnStopState(Trade t, TrackedOrder stop, ErrorKind? rejection)
    {
        if (stop.State == OrderState.New)
        {
            t.StopRejections = 0;
            t.StopRetryAt = null;
            t.StopReconciled = false;
            t.StopResent = false;
            return;
        }
        if (stop.State != OrderState.Rejected) return;
        t.StopRejections++;
        var factor = 1 << Math.Min(t.StopRejections - 1, 4);
        t.StopRetryAt = core.Now + core.Settings.StopRetryBackoff * factor;
        if (rejection == ErrorKind.InsufficientBalance && !t.StopReconciled)
        {
            // Retrying the same quantity later would be refused again and leave the coins bare for the whole back-off:
            // the venue's balance and fills are read now, and the stop re-sized to what it holds and placed at once.
            t.StopAwaitsReconciliation = true;
            core.ReconciliationWanted = true;
        }
        var resend = SafeToResendAtOnce(rejection) && !t.StopResent;
        if (resend)
        {
            // Refused before the venue looked at the order (its signature's timestamp fell outside the window; the adapter
            // re-measures the clock before its next signed request): resending places nothing twice, and waiting would
            // leave the coins bare for the back-off. Once per refusal streak, with a new client id; a second refusal backs off.
            t.StopResent = true;
            t.StopRetryAt = null;
        }
        var next = t.StopAwaitsReconciliation
            ? "the exchange's balance is read and the stop placed again for what it holds"
            : resend
                ? "sent again at once (nothing was placed; the clock is measured again first)"
                : string.Create(CultureInfo.InvariantCulture, $"next at {t.StopRetryAt:yyyy-MM-dd HH:mm:ss}Z");
        core.Flag(t.Symbol.ToString(), string.Create(CultureInfo.InvariantCulture,
            $"the stop-loss was rejected ({stop.Reason}); attempt {t.StopRejections}, {next}. The position is unprotected until a stop rests."));
    }

    /// <summary>
    /// Refusals after which the same stop or exit sell may be sent again at once: only a timestamp outside the venue's window, which
    /// is checked with the signature before the order is looked at. A rate limit is not (the venue asks to wait, and the
    /// adapter's gate holds every request until its Retry-After), nor any refusal whose cause a resend would not change.
    /// </summary>
    internal static bool SafeToResendAtOnce(ErrorKind? rejection) => rejection == ErrorKind.TimestampOutOfWindow;

    /// <summary>
    /// An exit sell's refusal: for insufficient balance (the venue holds fewer coins than the position counts) the venue's
    /// balance is asked for, as for a stop, once per refusal streak; the sell backs off meanwhile (<see cref="ExitDesk"/>).
    /// </summary>
    public void OnSellRejected(Trade t, ErrorKind kind)
    {
        t.SellRefusal = kind; // a timestamp refusal is resent once at once by ExitDesk when it ends the failed sell
        if (kind != ErrorKind.InsufficientBalance || t.SellReconciled) return;
        t.SellAwaitsReconciliation = true;
        core.ReconciliationWanted = true;
        core.Flag(t.Symbol.ToString(), $"the {t.Purpose} sell was refused for insufficient balance; the exchange's balance is read and the sell sent again for what it holds");
    }
}
