using Qari.Model.Ids;
using Qari.Runtime.Notifications;

namespace Qari.Runtime.Accounts;

/// <summary>How <c>qari serve --accounts</c> runs the connected accounts: where, on which venues, and how often.</summary>
public sealed record AccountsOptions
{
    /// <summary>Where the journal database lives (the same data directory as the vault).</summary>
    public string DataDirectory { get; init; } = ".qari";

    /// <summary>Base URL per exchange (testnets, the local simulator); an exchange not listed uses its real API.</summary>
    public IReadOnlyDictionary<ExchangeId, Uri> BaseUrls { get; init; } = new Dictionary<ExchangeId, Uri>();

    /// <summary>The symbols to scan on every exchange (null: every USDT market each venue lists as trading).</summary>
    public IReadOnlyList<Symbol>? Symbols { get; init; }

    /// <summary>The confluence threshold (null: the analysis default).</summary>
    public double? MinScore { get; init; }

    /// <summary>Each trader reconciles with its venue every this many cycles.</summary>
    public int ReconcileEvery { get; init; } = 12;

    /// <summary>How often (wall time) each trader's reminder reconciles it too.</summary>
    public TimeSpan ReconcilePeriod { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How often each venue's clock is polled for a newly closed 5m candle (wall time).</summary>
    public TimeSpan Poll { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How often the server-clock offset is measured for signing (zero: before every signed call, for an accelerated simulator).</summary>
    public TimeSpan ClockResync { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Stop once every exchange ran this many cycles (null: until Ctrl+C).</summary>
    public int? MaxCycles { get; init; }

    /// <summary>TEST HOOK: a JSON file naming symbols to inject known candidates for (see <c>Live/TestCandidates</c>); null in real use.</summary>
    public string? TestCandidatesFile { get; init; }

    /// <summary>Where notifications go besides the log (e.g. Telegram); null: the log only.</summary>
    public INotifier? Notifier { get; init; }

    /// <summary>Called when an exchange refuses an account's key at runtime (the CLI marks it invalid in the vault); never given the secret.</summary>
    public Func<AccountId, string, CancellationToken, Task>? KeyRefused { get; init; }

    /// <summary>Reads the environment (where the journal is: <c>QARI_JOURNAL_POSTGRES</c> / <c>QARI_CLUSTER_POSTGRES</c>); the process's by default.</summary>
    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;

    /// <summary>The wall clock (polling, retries; market time is each venue's).</summary>
    public TimeProvider WallClock { get; init; } = TimeProvider.System;
}
