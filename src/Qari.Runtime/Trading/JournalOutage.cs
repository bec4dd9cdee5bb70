using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Qari.Runtime.Notifications;
using Qari.Trading.Events;

namespace Qari.Runtime.Trading;

/// <summary>
/// A trader's journal outage, from the turn whose journal write failed until a turn commits again. While it lasts the
/// trader sends nothing and skips its work (entries blocked, resting stops stay on the venue); it retries on later
/// work items with a doubling back-off (1, 2, 4 ... at most <see cref="MaxSkips"/> items skipped between attempts,
/// counted in work items so it follows the trader's cycles). The in-memory engine moved on during the failed turn
/// without a durable record, so recovery rebuilds it from the journal, then reconciles with the venue and feeds
/// <see cref="EngineRestarted"/> — exactly what a restart does; only an engine that matches the journal trades on.
/// </summary>
internal sealed partial class JournalOutage(TraderContext ctx, OrderExecutor executor, TraderTurn turn, ILogger log,
    Func<RuntimeAlert, string, CancellationToken, Task> alert, Func<CancellationToken, Task<IReadOnlyList<EngineEvent>>> reconcile)
{
    /// <summary>The most work items skipped between two attempts (about a quarter of an hour of 1-minute cycles).</summary>
    public const int MaxSkips = 16;

    private int _skipped;
    private int _toSkip;

    /// <summary>True while the journal is believed unavailable.</summary>
    public bool Active { get; private set; }

    /// <summary>Failed attempts in this outage (the first failure included).</summary>
    public int Failures { get; private set; }

    /// <summary>
    /// Records a failed journal read or write: the account degrades; the first failure of an outage is logged as an
    /// error and alerted once, later ones are warnings.
    /// </summary>
    public async Task FailedAsync(JournalUnavailableException failure, CancellationToken ct)
    {
        var started = !Active;
        Active = true;
        Failures++;
        _toSkip = Math.Min(MaxSkips, 1 << Math.Min(Failures - 1, 30));
        _skipped = 0;
        var cause = Describe(failure.InnerException);
        executor.JournalUnavailable($"journal unavailable: {cause}");
        if (!started)
        {
            log.LogWarning("[{Account}] journal still unavailable (attempt {Attempt}) while {Where}: {Cause}; next try after {Skip} work items",
                ctx.Name, Failures, failure.Where, cause, _toSkip);
            return;
        }
        log.LogError("[{Account}] journal unavailable while {Where}: {Cause}. Nothing more is sent (entries blocked, resting stops stay on {Exchange}); " +
            "the journal is retried with back-off and the engine rebuilt from it when it is back", ctx.Name, failure.Where, cause, ctx.Exchange.Exchange);
        await alert(RuntimeAlert.EngineError, $"journal unavailable while {failure.Where} ({cause}); trading paused: no order is sent, " +
            "resting stops stay on the exchange; it resumes by itself when the journal is back", ct).ConfigureAwait(false);
    }

    /// <summary>
    /// On a work item during the outage: false while backing off or while the journal still fails (the item is
    /// skipped); true once the engine was rebuilt from the journal and the reconciliation turn committed.
    /// </summary>
    public async Task<bool> TryRecoverAsync(CancellationToken ct)
    {
        if (_skipped < _toSkip)
        {
            _skipped++;
            return false;
        }
        var rebuilt = ctx.Rebuild!(ctx.Engine);
        if (!rebuilt.IsSuccess)
        {
            await FailedAsync(new JournalUnavailableException("rebuilding the engine from the journal", new InvalidOperationException(rebuilt.Error!.Message)), ct).ConfigureAwait(false);
            return false;
        }
        ctx.Engine = rebuilt.Value;
        var inputs = new List<EngineEvent>(await reconcile(ct).ConfigureAwait(false)) { new EngineRestarted(ctx.Clock.GetUtcNow()) };
        // A failure here throws again: the caller records it and the next attempt rebuilds once more.
        await turn.ProcessAsync(inputs, ct).ConfigureAwait(false);
        log.LogInformation("[{Account}] journal writable again after {Failures} failed attempts: engine rebuilt from it ({Trades} open trades), reconciled; trading resumes",
            ctx.Name, Failures, ctx.Engine.ActiveTrades.Count);
        Active = false;
        Failures = 0;
        _skipped = 0;
        _toSkip = 0;
        executor.JournalUnavailable(null);
        return true;
    }

    // The exception's type and first line; anything shaped like a connection-string secret is masked.
    private static string Describe(Exception? ex)
    {
        if (ex is null) return "unknown failure";
        var line = ex.Message.Split('\n', 2)[0].Trim();
        if (line.Length > 200) line = line[..200] + "…";
        return $"{ex.GetType().Name}: {Secret().Replace(line, "$1=***")}";
    }

    [GeneratedRegex(@"(?i)\b(password|pwd|user id|username|uid)\s*=\s*[^;\s]*")]
    private static partial Regex Secret();
}
